import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link ShoppingIcon}. */
export const shoppingIconData: IconData = {
  name: 'shopping',
  synonyms: {
    en: ['shop', 'bag', 'buy', 'store'],
    'zh-CN': ['购物', '商城', '买东西', '购物袋'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M5.5 7.5h13l-.9 12.1a1.5 1.5 0 0 1-1.5 1.4H7.9a1.5 1.5 0 0 1-1.5-1.4z' },
      { d: 'M9 10V6.5a3 3 0 0 1 6 0V10' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M4.5 8h15l-1 13h-13z' },
      { d: 'M8.5 8V6.5a3.5 3.5 0 0 1 7 0V8' },
    ],
  },
};

/**
 * A shopping bag.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <ShoppingIcon />
 * <ShoppingIcon label="Shopping" />
 */
export const ShoppingIcon = /*#__PURE__*/ createIcon(shoppingIconData);
