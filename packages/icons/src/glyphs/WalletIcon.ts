import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link WalletIcon}. */
export const walletIconData: IconData = {
  name: 'wallet',
  synonyms: {
    en: ['purse', 'balance', 'money'],
    'zh-CN': ['钱包', '余额', '零钱'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M5 6.5h14a2 2 0 0 1 2 2v9.5a2 2 0 0 1 -2 2h-14a2 2 0 0 1 -2 -2v-9.5a2 2 0 0 1 2 -2z' },
      { d: 'M5.5 6.5 15 3.6a1 1 0 0 1 1.3.95V6.5' },
      { d: 'M21 11h-3.5a2 2 0 0 0 0 4H21' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M5 5h13.5a2.5 2.5 0 0 1 2.5 2.5v10a2.5 2.5 0 0 1 -2.5 2.5h-13.5a2.5 2.5 0 0 1 -2.5 -2.5v-10a2.5 2.5 0 0 1 2.5 -2.5z' },
      { d: 'M21 10.25h-4a2.25 2.25 0 0 0 0 4.5h4z', fill: true },
    ],
  },
};

/**
 * A wallet with its clasp.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <WalletIcon />
 * <WalletIcon label="Wallet" />
 */
export const WalletIcon = /*#__PURE__*/ createIcon(walletIconData);
