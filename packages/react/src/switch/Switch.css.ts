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

export const track = style(
  component({
    display: 'inline-flex',
    alignItems: 'center',
    gap: vars.space.sm,
    boxSizing: 'border-box',
    minHeight: vars.target.control,
    minWidth: `calc(${vars.target.control} * 2)`,
    margin: 0,
    paddingBlock: vars.space.xs,
    paddingInline: vars.space.sm,
    border: `${vars.border.control} solid ${vars.color.border.control}`,
    borderRadius: vars.radius.full,
    backgroundColor: vars.color.bg.canvas,
    color: vars.color.fg.default,
    fontFamily: 'inherit',
    fontSize: vars.fontSize.body,
    fontWeight: vars.fontWeight.bold,
    cursor: 'inherit',
    selectors: {
      '&:focus-visible': focusRing,
      // On: filled, the thumb moves to the end, and the word changes: never colour alone.
      '&[data-state="checked"]': {
        flexDirection: 'row-reverse',
        backgroundColor: vars.color.primary.bg,
        borderColor: vars.color.primary.bg,
        color: vars.color.primary.fg,
      },
      '&:disabled': {
        backgroundColor: vars.color.bg.surface,
        borderColor: vars.color.border.divider,
        color: vars.color.fg.disabled,
      },
    },
    '@media': {
      '(forced-colors: active)': { borderColor: 'ButtonText' },
    },
  }),
);

export const thumb = style(
  component({
    display: 'block',
    flexShrink: 0,
    width: '1.25em',
    height: '1.25em',
    borderRadius: vars.radius.full,
    backgroundColor: 'currentColor',
  }),
);

export const stateWord = style(component({ paddingInline: vars.space.xs, lineHeight: vars.lineHeight.heading }));
