import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link TopUpIcon}. */
export const topUpIconData: IconData = {
  name: 'top-up',
  synonyms: {
    en: ['recharge', 'add money', 'reload'],
    'zh-CN': ['充值', '加钱', '充话费'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0z' },
      { d: 'M12 16.5v-9' },
      { d: 'M8.5 11 12 7.5l3.5 3.5' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M2.75 12a9.25 9.25 0 1 0 18.5 0a9.25 9.25 0 1 0 -18.5 0z' },
      { d: 'M12 17V7.5' },
      { d: 'M8 11.5l4-4 4 4' },
    ],
  },
};

/**
 * An arrow up in a coin: top up or recharge.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <TopUpIcon />
 * <TopUpIcon label="Top up" />
 */
export const TopUpIcon = /*#__PURE__*/ createIcon(topUpIconData);
