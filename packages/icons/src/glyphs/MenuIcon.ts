import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link MenuIcon}. */
export const menuIconData: IconData = {
  name: 'menu',
  synonyms: {
    en: ['hamburger', 'more', 'navigation'],
    'zh-CN': ['菜单', '导航', '更多'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M4 6.5h16' },
      { d: 'M4 12h16' },
      { d: 'M4 17.5h16' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M3.5 5.5h17' },
      { d: 'M3.5 12h17' },
      { d: 'M3.5 18.5h17' },
    ],
  },
};

/**
 * Three horizontal bars: open the menu.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <MenuIcon />
 * <MenuIcon label="Menu" />
 */
export const MenuIcon = /*#__PURE__*/ createIcon(menuIconData);
