import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link TransferIcon}. */
export const transferIconData: IconData = {
  name: 'transfer',
  synonyms: {
    en: ['send money', 'exchange', 'swap'],
    'zh-CN': ['转账', '汇款', '互转'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M4 8h15' },
      { d: 'M15.5 4.5 19 8l-3.5 3.5' },
      { d: 'M20 16H5' },
      { d: 'M8.5 12.5 5 16l3.5 3.5' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M3.5 7.5h16' },
      { d: 'M15.5 3.5l4 4-4 4' },
      { d: 'M20.5 16.5h-16' },
      { d: 'M8.5 12.5l-4 4 4 4' },
    ],
  },
};

/**
 * Two opposing arrows: transfer money.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <TransferIcon />
 * <TransferIcon label="Transfer" />
 */
export const TransferIcon = /*#__PURE__*/ createIcon(transferIconData);
