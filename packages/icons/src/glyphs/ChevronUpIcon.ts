import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link ChevronUpIcon}. */
export const chevronUpIconData: IconData = {
  name: 'chevron-up',
  synonyms: {
    en: ['collapse', 'expand less', 'up'],
    'zh-CN': ['向上', '收起'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M6 14.5l6-6 6 6' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M4.5 16 12 8.5l7.5 7.5' },
    ],
  },
};

/**
 * A chevron pointing up.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <ChevronUpIcon />
 * <ChevronUpIcon label="Chevron up" />
 */
export const ChevronUpIcon = /*#__PURE__*/ createIcon(chevronUpIconData);
