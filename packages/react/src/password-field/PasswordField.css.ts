import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
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

/**
 * The kit's secondary Button, at the size of the field beside it: a second action of
 * the field, not a primary one, so the control target (48 px in elder mode), not 60.
 */
export const toggle = style(component({ vars: { [vars.target.primary]: vars.target.control } }));
