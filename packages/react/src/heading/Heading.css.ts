import { vars } from '@elder-ui/tokens';
import { recipe, type RecipeVariants } from '@vanilla-extract/recipes';
import { component } from '../internal/layer';

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
    size: {
      display: component({ fontSize: vars.fontSize.display }),
      heading: component({ fontSize: vars.fontSize.heading }),
      title: component({ fontSize: vars.fontSize.title }),
      action: component({ fontSize: vars.fontSize.action }),
    },
  },
  defaultVariants: { size: 'heading' },
});

export type HeadingVariants = NonNullable<RecipeVariants<typeof heading>>;
