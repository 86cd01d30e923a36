import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { component } from '../internal/layer';

export const root = style(
  component({
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.lg,
  }),
);

/**
 * The elder-mode switch is a primary setting (MIIT 2.1): inside it the kit's `Switch`
 * sizes its targets at the primary size, 60 px in elder mode, instead of 48.
 */
export const primarySwitch = style(component({ vars: { [vars.target.control]: vars.target.primary } }));

/** An icon before the words of a label. */
export const withIcon = style(
  component({
    display: 'inline-flex',
    alignItems: 'center',
    gap: vars.space.sm,
  }),
);
