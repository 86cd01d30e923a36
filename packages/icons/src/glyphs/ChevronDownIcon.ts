import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link ChevronDownIcon}. */
export const chevronDownIconData: IconData = {
  name: 'chevron-down',
  synonyms: {
    en: ['expand', 'show more', 'down'],
    'zh-CN': ['向下', '展开'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M6 9.5l6 6 6-6' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M4.5 8 12 15.5 19.5 8' },
    ],
  },
};

/**
 * A chevron pointing down.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <ChevronDownIcon />
 * <ChevronDownIcon label="Chevron down" />
 */
export const ChevronDownIcon = /*#__PURE__*/ createIcon(chevronDownIconData);
