import { vars } from '@elder-ui/tokens';
import { globalStyle, style } from '@vanilla-extract/css';
import { component } from '../internal/layer';
import { focusRing } from '../internal/focus';

/** The restated facts: each value in large text, its label above it. */
export const summary = style(
  component({
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.md,
    margin: 0,
    padding: vars.space.lg,
    border: `${vars.border.control} solid ${vars.color.border.divider}`,
    borderRadius: vars.radius.md,
    backgroundColor: vars.color.bg.surface,
  }),
);

export const fact = style(component({ display: 'flex', flexDirection: 'column', gap: vars.space.xs }));

export const factLabel = style(
  component({
    fontSize: vars.fontSize.body,
    lineHeight: vars.lineHeight.body,
    color: vars.color.fg.muted,
  }),
);

/** WCAG 3.3.4 / ELDER-MODE.md: the amount and recipient are restated in large text. */
export const factValue = style(
  component({
    margin: 0,
    fontSize: vars.fontSize.heading,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.body,
    color: vars.color.fg.default,
  }),
);

export const consequence = style(
  component({
    display: 'flex',
    alignItems: 'flex-start',
    gap: vars.space.sm,
    margin: 0,
    fontSize: vars.fontSize.action,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.body,
  }),
);

export const consequenceIcon = style(component({ display: 'inline-flex', flexShrink: 0, paddingBlockStart: '0.15em' }));

/** The whole label is the hit area of the deliberate step. */
export const check = style(
  component({
    display: 'flex',
    alignItems: 'center',
    gap: vars.space.sm,
    boxSizing: 'border-box',
    minHeight: vars.target.primary,
    paddingBlock: vars.space.xs,
    paddingInline: vars.space.md,
    border: `${vars.border.control} solid ${vars.color.border.control}`,
    borderRadius: vars.radius.md,
    fontSize: vars.fontSize.action,
    fontWeight: vars.fontWeight.medium,
    lineHeight: vars.lineHeight.heading,
    cursor: 'pointer',
    selectors: {
      '&:has(:checked)': {
        borderColor: vars.color.focus.ring,
        boxShadow: `inset 0 0 0 ${vars.border.control} ${vars.color.focus.ring}`,
      },
      '&:has(:focus-visible)': focusRing,
    },
  }),
);

export const checkbox = style(
  component({
    flexShrink: 0,
    width: '1.25em',
    height: '1.25em',
    margin: 0,
    accentColor: vars.color.primary.bg,
    cursor: 'pointer',
    selectors: {
      // The label carries the ring.
      '&:focus-visible': { outline: 'none' },
    },
  }),
);

export const hint = style(
  component({
    margin: 0,
    fontSize: vars.fontSize.body,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.body,
    color: vars.color.fg.danger,
  }),
);

export const footer = style(
  component({
    display: 'flex',
    flexWrap: 'wrap',
    gap: vars.target.gap,
  }),
);

// Both choices share the row, equally wide, and stack when the text is large.
globalStyle(`${footer} > *`, component({ flex: '1 1 10em' }));

/** The confirm button until the box is ticked: it still takes focus and explains itself when pressed. */
export const notReady = style(
  component({
    selectors: {
      '&[aria-disabled="true"]': {
        cursor: 'not-allowed',
        backgroundColor: vars.color.bg.surface,
        color: vars.color.fg.disabled,
        borderColor: vars.color.border.control,
        borderStyle: 'dashed',
      },
    },
  }),
);
