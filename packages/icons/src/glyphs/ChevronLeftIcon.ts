import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link ChevronLeftIcon}. */
export const chevronLeftIconData: IconData = {
  name: 'chevron-left',
  synonyms: {
    en: ['previous', 'left'],
    'zh-CN': ['向左', '上一个'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M14.5 6l-6 6 6 6' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M16 4.5 8.5 12l7.5 7.5' },
    ],
  },
};

/**
 * A chevron pointing left.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <ChevronLeftIcon />
 * <ChevronLeftIcon label="Chevron left" />
 */
export const ChevronLeftIcon = /*#__PURE__*/ createIcon(chevronLeftIconData);
