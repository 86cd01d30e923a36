import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { focusRing } from '../internal/focus';
import { component } from '../internal/layer';

export const row = style(
  component({
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'stretch',
    gap: vars.target.gap,
  }),
);

export const input = style(component({ flex: '1 1 12em' }));

export const toggle = style(
  component({
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: vars.space.xs,
    boxSizing: 'border-box',
    minHeight: vars.target.control,
    minWidth: vars.target.control,
    margin: 0,
    paddingBlock: vars.space.xs,
    paddingInline: vars.space.md,
    border: `${vars.border.control} solid ${vars.color.secondary.border}`,
    borderRadius: vars.radius.sm,
    backgroundColor: vars.color.secondary.bg,
    color: vars.color.secondary.fg,
    fontFamily: 'inherit',
    fontSize: vars.fontSize.action,
    fontWeight: vars.fontWeight.medium,
    lineHeight: vars.lineHeight.heading,
    cursor: 'pointer',
    selectors: {
      '&:hover:not(:disabled)': { backgroundColor: vars.color.secondary.bgHover },
      '&:focus-visible': focusRing,
      '&:disabled': { cursor: 'not-allowed', color: vars.color.fg.disabled, borderColor: vars.color.border.divider },
    },
  }),
);

export const icon = style(component({ display: 'inline-flex', fontSize: '1.1em' }));
