import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link SunIcon}. */
export const sunIconData: IconData = {
  name: 'sun',
  synonyms: {
    en: ['light mode', 'day', 'brightness'],
    'zh-CN': ['浅色模式', '白天', '太阳', '亮度'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M8 12a4 4 0 1 0 8 0a4 4 0 1 0 -8 0z' },
      { d: 'M19 12L21.25 12' },
      { d: 'M16.95 16.95L18.54 18.54' },
      { d: 'M12 19L12 21.25' },
      { d: 'M7.05 16.95L5.46 18.54' },
      { d: 'M5 12L2.75 12' },
      { d: 'M7.05 7.05L5.46 5.46' },
      { d: 'M12 5L12 2.75' },
      { d: 'M16.95 7.05L18.54 5.46' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M8 12a4 4 0 1 0 8 0a4 4 0 1 0 -8 0z', fill: true },
      { d: 'M19.75 12L21.5 12' },
      { d: 'M17.48 17.48L18.72 18.72' },
      { d: 'M12 19.75L12 21.5' },
      { d: 'M6.52 17.48L5.28 18.72' },
      { d: 'M4.25 12L2.5 12' },
      { d: 'M6.52 6.52L5.28 5.28' },
      { d: 'M12 4.25L12 2.5' },
      { d: 'M17.48 6.52L18.72 5.28' },
    ],
  },
};

/**
 * A sun: light mode.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <SunIcon />
 * <SunIcon label="Sun" />
 */
export const SunIcon = /*#__PURE__*/ createIcon(sunIconData);
