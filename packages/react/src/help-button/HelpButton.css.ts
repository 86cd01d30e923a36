import { vars } from '@elder-ui/tokens';
import { recipe, type RecipeVariants } from '@vanilla-extract/recipes';
import { variantsOf } from '../internal/layer';

/** Where a help button sits: in the page's header, or fixed in a corner of the screen. */
export const helpButtonPlacements = ['inline', 'top-end', 'bottom-end'] as const;

/** The gap to the screen's edge, or to the phone's notch and rounded corners where they reach further. */
const edge = (side: 'top' | 'bottom') =>
  `max(${vars.space.md}, env(safe-area-inset-${side}, 0rem))` as const;
const inlineEdge = `max(${vars.space.md}, env(safe-area-inset-left, 0rem), env(safe-area-inset-right, 0rem))`;

/** Fixed in a corner: above the page, below a dialog's veil (1000) so an open sheet covers it. */
const fixed = { position: 'fixed', zIndex: 900, insetInlineEnd: inlineEdge } as const;

export const helpButton = recipe({
  variants: {
    placement: variantsOf(helpButtonPlacements, (placement) => {
      if (placement === 'top-end') return { ...fixed, insetBlockStart: edge('top') };
      if (placement === 'bottom-end') return { ...fixed, insetBlockEnd: edge('bottom') };
      return {};
    }),
  },
});

/** Where a help button sits. */
export type HelpButtonPlacement = NonNullable<NonNullable<RecipeVariants<typeof helpButton>>['placement']>;
