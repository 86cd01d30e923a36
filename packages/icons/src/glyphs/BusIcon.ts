import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link BusIcon}. */
export const busIconData: IconData = {
  name: 'bus',
  synonyms: {
    en: ['transport', 'transit', 'travel'],
    'zh-CN': ['公交', '巴士', '出行', '交通'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M7.5 3h9a2.5 2.5 0 0 1 2.5 2.5v10a2.5 2.5 0 0 1 -2.5 2.5h-9a2.5 2.5 0 0 1 -2.5 -2.5v-10a2.5 2.5 0 0 1 2.5 -2.5z' },
      { d: 'M5 11.5h14' },
      { d: 'M9.5 6h5' },
      { d: 'M8.25 14.75h.01' },
      { d: 'M15.75 14.75h.01' },
      { d: 'M7.5 18v2.5' },
      { d: 'M16.5 18v2.5' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M7 2.5h10a2.5 2.5 0 0 1 2.5 2.5v11a2.5 2.5 0 0 1 -2.5 2.5h-10a2.5 2.5 0 0 1 -2.5 -2.5v-11a2.5 2.5 0 0 1 2.5 -2.5z' },
      { d: 'M4.5 11h15' },
      { d: 'M8 18.5V21' },
      { d: 'M16 18.5V21' },
    ],
  },
};

/**
 * A bus seen from the front.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <BusIcon />
 * <BusIcon label="Bus" />
 */
export const BusIcon = /*#__PURE__*/ createIcon(busIconData);
