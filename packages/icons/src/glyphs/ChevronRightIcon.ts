import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link ChevronRightIcon}. */
export const chevronRightIconData: IconData = {
  name: 'chevron-right',
  synonyms: {
    en: ['next', 'right', 'go to'],
    'zh-CN': ['向右', '下一个', '进入'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M9.5 6l6 6-6 6' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M8 4.5l7.5 7.5L8 19.5' },
    ],
  },
};

/**
 * A chevron pointing right.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <ChevronRightIcon />
 * <ChevronRightIcon label="Chevron right" />
 */
export const ChevronRightIcon = /*#__PURE__*/ createIcon(chevronRightIconData);
