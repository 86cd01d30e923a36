import { style } from '@vanilla-extract/css';
import { component } from './layer';

/** Hides content visually while keeping it in the accessibility tree. */
export const visuallyHidden = style(
  component({
    position: 'absolute',
    width: '1px',
    height: '1px',
    padding: 0,
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  }),
);
