import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link HomeIcon}. */
export const homeIconData: IconData = {
  name: 'home',
  synonyms: {
    en: ['house', 'start', 'main page'],
    'zh-CN': ['首页', '主页', '家', '房子'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M3 10.75 12 3.5l9 7.25' },
      { d: 'M5.5 9v10.5a1 1 0 0 0 1 1h11a1 1 0 0 0 1-1V9' },
      { d: 'M10 20.5V15h4v5.5' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M2.75 11.25 12 3.75l9.25 7.5' },
      { d: 'M5.75 9.5V20.5h12.5V9.5' },
    ],
  },
};

/**
 * A house. The elder drawing drops the door.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <HomeIcon />
 * <HomeIcon label="Home" />
 */
export const HomeIcon = /*#__PURE__*/ createIcon(homeIconData);
