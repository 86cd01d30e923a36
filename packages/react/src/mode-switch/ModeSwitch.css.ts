import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { component } from '../internal/layer';
import { focusRing } from '../internal/focus';


export const root = style(
  component({
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.lg,
    color: vars.color.fg.default,
  }),
);

export const row = style(
  component({
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: vars.target.gap,
    minHeight: vars.target.primary,
  }),
);

export const text = style(component({ flex: '1 1 12em', display: 'flex', flexDirection: 'column', gap: vars.space.xs }));

const labelText = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space.sm,
  fontSize: vars.fontSize.action,
  fontWeight: vars.fontWeight.bold,
  lineHeight: vars.lineHeight.body,
} as const;

export const label = style(component({ ...labelText, cursor: 'pointer' }));

export const groupLabel = style(component(labelText));

export const description = style(
  component({
    margin: 0,
    fontSize: vars.fontSize.small,
    lineHeight: vars.lineHeight.body,
    color: vars.color.fg.muted,
  }),
);

export const switchRoot = style(
  component({
    display: 'inline-flex',
    alignItems: 'center',
    gap: vars.space.sm,
    boxSizing: 'border-box',
    // The whole pill is the target: at least 60 px high in elder mode (a primary setting).
    minHeight: vars.target.primary,
    minWidth: `calc(${vars.target.primary} * 2)`,
    paddingBlock: vars.space.xs,
    paddingInline: vars.space.sm,
    border: `${vars.border.control} solid ${vars.color.border.control}`,
    borderRadius: vars.radius.full,
    backgroundColor: vars.color.bg.canvas,
    color: vars.color.fg.default,
    fontFamily: 'inherit',
    fontSize: vars.fontSize.action,
    fontWeight: vars.fontWeight.bold,
    cursor: 'pointer',
    selectors: {
      '&:focus-visible': focusRing,
      '&[data-state="checked"]': {
        backgroundColor: vars.color.primary.bg,
        borderColor: vars.color.primary.bg,
        color: vars.color.primary.fg,
        flexDirection: 'row-reverse',
      },
    },
  }),
);

export const thumb = style(
  component({
    display: 'block',
    flexShrink: 0,
    width: '1.5em',
    height: '1.5em',
    borderRadius: vars.radius.full,
    backgroundColor: 'currentColor',
  }),
);

export const stateWord = style(component({ paddingInline: vars.space.xs, lineHeight: vars.lineHeight.body }));

export const group = style(
  component({
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.sm,
    margin: 0,
    padding: 0,
    border: 0,
  }),
);

export const options = style(component({ display: 'flex', flexWrap: 'wrap', gap: vars.target.gap }));

export const option = style(
  component({
    display: 'inline-flex',
    alignItems: 'center',
    gap: vars.space.sm,
    boxSizing: 'border-box',
    // The whole label is the hit area (ELDER-MODE.md, "Targets and spacing").
    minHeight: vars.target.control,
    paddingInline: vars.space.md,
    border: `${vars.border.control} solid ${vars.color.border.control}`,
    borderRadius: vars.radius.md,
    fontSize: vars.fontSize.action,
    lineHeight: vars.lineHeight.body,
    cursor: 'pointer',
    selectors: {
      '&:has([data-state="checked"])': {
        fontWeight: vars.fontWeight.bold,
        borderColor: vars.color.focus.ring,
        boxShadow: `inset 0 0 0 1px ${vars.color.focus.ring}`,
      },
      '&:has(:focus-visible)': focusRing,
    },
  }),
);

export const radio = style(
  component({
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    // Buttons do not inherit the font size; the circle is sized in the label's em.
    fontSize: 'inherit',
    width: '1.5em',
    height: '1.5em',
    padding: 0,
    border: `${vars.border.control} solid ${vars.color.border.control}`,
    borderRadius: vars.radius.full,
    backgroundColor: vars.color.bg.canvas,
    color: vars.color.primary.bg,
    cursor: 'pointer',
    selectors: {
      '&:focus-visible': { outline: 'none' },
    },
  }),
);

export const radioIndicator = style(
  component({
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: '0.875em',
  }),
);
