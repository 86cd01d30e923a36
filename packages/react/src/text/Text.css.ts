import { vars } from '@elder-ui/tokens';
import { recipe, type RecipeVariants } from '@vanilla-extract/recipes';
import { component } from '../internal/layer';

export const text = recipe({
  base: component({
    margin: 0,
    fontSize: vars.fontSize.body,
    lineHeight: vars.lineHeight.body,
    overflowWrap: 'anywhere',
    selectors: {
      // Paragraph spacing ≥ 1.3 × line height (ELDER-MODE.md, "Type").
      'p& + p&': { marginBlockStart: vars.paragraphSpacing },
    },
  }),
  variants: {
    size: {
      body: component({ fontSize: vars.fontSize.body }),
      small: component({ fontSize: vars.fontSize.small }),
      large: component({ fontSize: vars.fontSize.title }),
    },
    tone: {
      default: component({ color: vars.color.fg.default }),
      muted: component({ color: vars.color.fg.muted }),
      danger: component({ color: vars.color.fg.danger }),
      success: component({ color: vars.color.fg.success }),
    },
    weight: {
      regular: component({ fontWeight: vars.fontWeight.regular }),
      medium: component({ fontWeight: vars.fontWeight.medium }),
      bold: component({ fontWeight: vars.fontWeight.bold }),
    },
  },
  defaultVariants: { size: 'body', tone: 'default', weight: 'regular' },
});

export type TextVariants = NonNullable<RecipeVariants<typeof text>>;
