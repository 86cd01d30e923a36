import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { component } from '../internal/layer';

export const name = style(
  component({
    margin: 0,
    fontSize: vars.fontSize.heading,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.body,
  }),
);

export const bar = style(component({ display: 'flex', gap: vars.space.xs, marginBlockStart: vars.space.xs }));

export const segment = style(
  component({
    flex: '1 1 0',
    minHeight: vars.space.sm,
    boxSizing: 'border-box',
    border: `${vars.border.control} solid ${vars.color.border.control}`,
    borderRadius: vars.radius.full,
    backgroundColor: vars.color.bg.canvas,
    selectors: {
      '&[data-state="done"], &[data-state="current"]': { backgroundColor: vars.color.primary.bg, borderColor: vars.color.primary.bg },
    },
    '@media': {
      '(forced-colors: active)': {
        selectors: { '&[data-state="done"], &[data-state="current"]': { backgroundColor: 'Highlight' } },
      },
    },
  }),
);
