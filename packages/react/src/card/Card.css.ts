import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { component } from '../internal/layer';

export const card = style(
  component({
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.md,
    boxSizing: 'border-box',
    padding: vars.space.lg,
    border: `${vars.border.control} solid ${vars.color.border.divider}`,
    borderRadius: vars.radius.lg,
    backgroundColor: vars.color.bg.canvas,
    color: vars.color.fg.default,
    fontSize: vars.fontSize.body,
    lineHeight: vars.lineHeight.body,
    overflowWrap: 'anywhere',
  }),
);

export const title = style(
  component({
    margin: 0,
    fontSize: vars.fontSize.title,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.heading,
  }),
);
