import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { component } from '../internal/layer';
import { focusRing } from '../internal/focus';

/** The label and the switch in one row: the whole row is the hit area. */
export const row = style(
  component({
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: vars.target.gap,
    minHeight: vars.target.control,
    cursor: 'pointer',
    selectors: {
      '&:has(:disabled)': { cursor: 'not-allowed', color: vars.color.fg.disabled },
    },
  }),
);

export const label = style(
  component({
    flex: '1 1 10em',
    minWidth: 0,
    fontSize: vars.fontSize.action,
    fontWeight: vars.fontWeight.bold,
    // Body line height, not heading: a long label wraps and is read as text (elder mode ≥ 1.6).
    lineHeight: vars.lineHeight.body,
    overflowWrap: 'anywhere',
  }),
);

/**
 * The switch as drawn: the thumb and the state word, sized to the target. The native input
 * lies under them and fills it, painting the pill and taking focus, so the ring and the hit
 * area are the whole switch.
 */
export const track = style(
  component({
    position: 'relative',
    display: 'inline-flex',
    alignItems: 'center',
    gap: vars.space.sm,
    boxSizing: 'border-box',
    minHeight: vars.target.control,
    minWidth: `calc(${vars.target.control} * 2)`,
    paddingBlock: vars.space.xs,
    paddingInline: `calc(${vars.space.sm} + ${vars.border.control})`,
    color: vars.color.fg.default,
    fontSize: vars.fontSize.body,
    fontWeight: vars.fontWeight.bold,
    selectors: {
      // On: filled, the thumb moves to the end, and the word changes: never colour alone.
      '&:has(:checked)': { flexDirection: 'row-reverse', color: vars.color.primary.fg },
      '&:has(:disabled)': { color: vars.color.fg.disabled },
    },
  }),
);

export const input = style(
  component({
    appearance: 'none',
    position: 'absolute',
    insetBlockStart: 0,
    insetInlineStart: 0,
    boxSizing: 'border-box',
    width: '100%',
    height: '100%',
    margin: 0,
    border: `${vars.border.control} solid ${vars.color.border.control}`,
    borderRadius: vars.radius.full,
    backgroundColor: vars.color.bg.canvas,
    color: 'inherit',
    font: 'inherit',
    cursor: 'inherit',
    selectors: {
      '&:focus-visible': focusRing,
      '&:checked': { backgroundColor: vars.color.primary.bg, borderColor: vars.color.primary.bg },
      '&:disabled': { backgroundColor: vars.color.bg.surface, borderColor: vars.color.border.divider },
    },
    '@media': {
      // The primary fill is ButtonFace there, like the page: the border keeps the switch marked out.
      '(forced-colors: active)': { selectors: { '&:checked:enabled': { borderColor: 'ButtonText' } } },
    },
  }),
);

/** Positioned, so it paints above the input; clicks fall through to it. */
const overInput = { position: 'relative', pointerEvents: 'none' } as const;

export const thumb = style(
  component({
    ...overInput,
    flexShrink: 0,
    boxSizing: 'border-box',
    width: '1.25em',
    height: '1.25em',
    // A border as well as a fill: forced colours keep borders, so the thumb stays visible there.
    border: '0.625em solid currentColor',
    borderRadius: vars.radius.full,
    backgroundColor: 'currentColor',
    // Its colour is the forced text colour already; keeping the fill closes the hole the border leaves.
    '@media': { '(forced-colors: active)': { forcedColorAdjust: 'none' } },
  }),
);

export const stateWord = style(component({ ...overInput, paddingInline: vars.space.xs, lineHeight: vars.lineHeight.heading }));
