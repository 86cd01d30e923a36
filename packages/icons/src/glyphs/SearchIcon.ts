import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link SearchIcon}. */
export const searchIconData: IconData = {
  name: 'search',
  synonyms: {
    en: ['find', 'magnifier', 'look up'],
    'zh-CN': ['搜索', '查找', '放大镜'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M4 10.5a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0z' },
      { d: 'M15.25 15.25 20 20' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M3.25 10a6.75 6.75 0 1 0 13.5 0a6.75 6.75 0 1 0 -13.5 0z' },
      { d: 'M15 15l5.5 5.5' },
    ],
  },
};

/**
 * A magnifying glass: search.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <SearchIcon />
 * <SearchIcon label="Search" />
 */
export const SearchIcon = /*#__PURE__*/ createIcon(searchIconData);
