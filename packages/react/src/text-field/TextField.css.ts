import { style } from '@vanilla-extract/css';
import { component } from '../internal/layer';

export const textArea = style(
  component({
    display: 'block',
    // Only taller: a wider box than the layout would overflow on a phone.
    resize: 'vertical',
    overflowWrap: 'anywhere',
  }),
);
