import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { surface } from '../internal/fragments';
import { component } from '../internal/layer';

export const card = style(
  component({
    ...surface,
    gap: vars.space.md,
    padding: vars.space.lg,
    border: `${vars.border.control} solid ${vars.color.border.divider}`,
  }),
);
