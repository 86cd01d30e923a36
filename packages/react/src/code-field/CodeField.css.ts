import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { focusRing } from '../internal/focus';
import { component } from '../internal/layer';
import { tone } from '../internal/tone.css';

/**
 * The boxes and the one input laid over them. The group takes the kit's focus ring while the
 * input has focus: the input itself is invisible, so the ring goes around what people see.
 */
export const group = style(
  component({
    position: 'relative',
    display: 'flex',
    flexWrap: 'wrap',
    gap: vars.space.sm,
    maxWidth: '100%',
    borderRadius: vars.radius.sm,
    selectors: { '&:focus-within': focusRing },
  }),
);

/**
 * The input, over the whole group: every tap on a box lands on it, and paste, autofill from a
 * text message and screen readers all meet one ordinary input. It is transparent (not hidden:
 * it keeps its place in the accessibility tree and under the pointer); the boxes draw its value
 * and caret. The font size stays at body size, so phones do not zoom in on focus.
 */
export const input = style(
  component({
    position: 'absolute',
    inset: 0,
    boxSizing: 'border-box',
    width: '100%',
    height: '100%',
    margin: 0,
    padding: 0,
    border: 0,
    opacity: 0,
    fontSize: vars.fontSize.body,
    cursor: 'text',
    selectors: {
      '&:disabled': { cursor: 'not-allowed' },
      // Edge's own eye button on password inputs would sit, invisible, over the last box.
      '&::-ms-reveal': { display: 'none' },
    },
  }),
);

/** A run of boxes that stays on one line; a long code is two runs, which wrap as a whole on a narrow screen. */
export const run = style(component({ display: 'flex', gap: vars.space.xs, minWidth: 0 }));

/**
 * One box: a control target wide (44 px, 48 in elder mode) and taller still, with the digit
 * at heading size (28 px in elder mode). It may narrow a little when the text size is very
 * large on a narrow screen, never below the digit it holds.
 */
export const box = style(
  component({
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    flex: '0 1 auto',
    width: vars.target.control,
    minWidth: '1.25em',
    minHeight: `calc(${vars.target.control} * 1.25)`,
    border: `${vars.border.control} solid ${vars.color.border.control}`,
    borderRadius: vars.radius.sm,
    backgroundColor: vars.color.bg.canvas,
    color: vars.color.fg.default,
    fontSize: vars.fontSize.heading,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.body,
    fontVariantNumeric: 'tabular-nums',
    selectors: {
      // Where the next digit goes: a border twice as thick, so it shows without colour too.
      '&[data-active], &[data-selected]': { borderWidth: `calc(${vars.border.control} * 2)`, borderColor: vars.color.focus.ring },
      [`${group}[data-invalid] &`]: { borderColor: vars.color.fg.danger, borderWidth: `calc(${vars.border.control} * 2)` },
      [`${group}[data-disabled] &`]: {
        backgroundColor: vars.color.bg.surface,
        color: vars.color.fg.disabled,
        borderColor: vars.color.border.divider,
      },
    },
  }),
);

/**
 * The caret in the box where the next digit goes. It does not blink (nothing flashes; elder
 * mode has no motion), and it is a border, so forced colours keep it.
 */
export const caret = style(
  component({
    display: 'inline-block',
    width: 0,
    height: '1.2em',
    borderInlineStart: `calc(${vars.border.control} * 2) solid currentColor`,
  }),
);

/** The show-numbers toggle: a control-sized secondary Button whose pressed state shows as a fill and a thicker edge. */
export const toggle = style(
  component({
    vars: { [vars.target.primary]: vars.target.control },
    selectors: {
      '&[aria-pressed="true"]': {
        vars: { [tone.background]: vars.color.secondary.bgHover },
        borderWidth: `calc(${vars.border.control} * 2)`,
      },
    },
  }),
);
