import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link BankCardIcon}. */
export const bankCardIconData: IconData = {
  name: 'bank-card',
  synonyms: {
    en: ['credit card', 'debit card', 'card'],
    'zh-CN': ['银行卡', '信用卡', '卡'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M4.5 5h15a2 2 0 0 1 2 2v10a2 2 0 0 1 -2 2h-15a2 2 0 0 1 -2 -2v-10a2 2 0 0 1 2 -2z' },
      { d: 'M2.5 9.5h19' },
      { d: 'M6 15h4' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M4.5 4.5h15a2.5 2.5 0 0 1 2.5 2.5v10a2.5 2.5 0 0 1 -2.5 2.5h-15a2.5 2.5 0 0 1 -2.5 -2.5v-10a2.5 2.5 0 0 1 2.5 -2.5z' },
      { d: 'M2 10.5h20' },
    ],
  },
};

/**
 * A bank card with its stripe.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <BankCardIcon />
 * <BankCardIcon label="Bank card" />
 */
export const BankCardIcon = /*#__PURE__*/ createIcon(bankCardIconData);
