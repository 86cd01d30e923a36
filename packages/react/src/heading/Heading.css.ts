import { vars } from '@elder-ui/tokens';
import { recipe } from '@vanilla-extract/recipes';
import { component, variantsOf } from '../internal/layer';

/** The visual sizes of a heading, largest first. */
export const headingSizes = ['display', 'heading', 'title', 'action'] as const;

export const heading = recipe({
  base: component({
    margin: 0,
    color: vars.color.fg.default,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.heading,
    overflowWrap: 'anywhere',
    textWrap: 'balance',
  }),
  variants: {
    size: variantsOf(headingSizes, (size) => ({ fontSize: vars.fontSize[size] })),
  },
});
