import { style } from '@vanilla-extract/css';
import { hiddenBox } from './fragments';
import { component } from './layer';

/** Hides content visually while keeping it in the accessibility tree. */
export const visuallyHidden = style(component({ position: 'absolute', ...hiddenBox }));
