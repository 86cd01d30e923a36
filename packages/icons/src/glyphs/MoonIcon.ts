import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link MoonIcon}. */
export const moonIconData: IconData = {
  name: 'moon',
  synonyms: {
    en: ['dark mode', 'night'],
    'zh-CN': ['深色模式', '夜间', '月亮'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M20 14.5A8.5 8.5 0 1 1 9.5 4 8 8 0 0 0 20 14.5z' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M20.5 14.5A9 9 0 1 1 9.5 3.5a8.5 8.5 0 0 0 11 11z', fill: true },
    ],
  },
};

/**
 * A crescent moon: dark mode.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <MoonIcon />
 * <MoonIcon label="Moon" />
 */
export const MoonIcon = /*#__PURE__*/ createIcon(moonIconData);
