import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link LocationIcon}. */
export const locationIconData: IconData = {
  name: 'location',
  synonyms: {
    en: ['map', 'address', 'place', 'pin'],
    'zh-CN': ['位置', '地址', '定位', '地图'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M12 21s-6.5-5.75-6.5-11.5a6.5 6.5 0 0 1 13 0C18.5 15.25 12 21 12 21z' },
      { d: 'M9.5 9.5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0z' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M12 21.5s-7-6-7-12a7 7 0 0 1 14 0c0 6-7 12-7 12z' },
      { d: 'M10 9.5a2 2 0 1 0 4 0a2 2 0 1 0 -4 0z', fill: true },
    ],
  },
};

/**
 * A map pin: location.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <LocationIcon />
 * <LocationIcon label="Location" />
 */
export const LocationIcon = /*#__PURE__*/ createIcon(locationIconData);
