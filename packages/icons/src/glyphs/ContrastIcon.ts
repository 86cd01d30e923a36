import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link ContrastIcon}. */
export const contrastIconData: IconData = {
  name: 'contrast',
  synonyms: {
    en: ['high contrast', 'display', 'brightness'],
    'zh-CN': ['对比度', '高对比度', '显示'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0z' },
      { d: 'M12 3a9 9 0 0 1 0 18z', fill: true },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M2.75 12a9.25 9.25 0 1 0 18.5 0a9.25 9.25 0 1 0 -18.5 0z' },
      { d: 'M12 4v16a8 8 0 0 0 0-16z', fill: true },
    ],
  },
};

/**
 * A half-filled circle: contrast.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <ContrastIcon />
 * <ContrastIcon label="Contrast" />
 */
export const ContrastIcon = /*#__PURE__*/ createIcon(contrastIconData);
