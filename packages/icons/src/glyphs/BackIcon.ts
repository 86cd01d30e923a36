import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link BackIcon}. */
export const backIconData: IconData = {
  name: 'back',
  synonyms: {
    en: ['previous', 'return', 'arrow left'],
    'zh-CN': ['返回', '后退', '上一步'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M19 12H5.5' },
      { d: 'M11 6l-6 6 6 6' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M20 12H5' },
      { d: 'M11.5 4.5 4 12l7.5 7.5' },
    ],
  },
};

/**
 * An arrow pointing left: go back.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <BackIcon />
 * <BackIcon label="Back" />
 */
export const BackIcon = /*#__PURE__*/ createIcon(backIconData);
