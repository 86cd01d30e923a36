import { style } from '@vanilla-extract/css';
import { blockOutsideElderMode } from '../internal/mode.css';
import { component } from '../internal/layer';

/** Gone in elder mode, from sight and from the accessibility tree (MIIT 5.1), even before React knows the mode. */
export const slot = style(component({ display: blockOutsideElderMode }));
