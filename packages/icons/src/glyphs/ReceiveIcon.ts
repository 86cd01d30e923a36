import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link ReceiveIcon}. */
export const receiveIconData: IconData = {
  name: 'receive',
  synonyms: {
    en: ['collect', 'income', 'download'],
    'zh-CN': ['收款', '收钱', '到账'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M12 3.5V14' },
      { d: 'M7.5 9.5 12 14l4.5-4.5' },
      { d: 'M4 14.5v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M12 3V13.5' },
      { d: 'M7 8.5l5 5 5-5' },
      { d: 'M3.5 14v6.5h17V14' },
    ],
  },
};

/**
 * An arrow down into a tray: receive money.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <ReceiveIcon />
 * <ReceiveIcon label="Receive" />
 */
export const ReceiveIcon = /*#__PURE__*/ createIcon(receiveIconData);
