import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link PayIcon}. */
export const payIconData: IconData = {
  name: 'pay',
  synonyms: {
    en: ['payment', 'money', 'cash', 'banknote'],
    'zh-CN': ['付款', '支付', '钱', '现金'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M4.5 6h15a2 2 0 0 1 2 2v8a2 2 0 0 1 -2 2h-15a2 2 0 0 1 -2 -2v-8a2 2 0 0 1 2 -2z' },
      { d: 'M9.25 12a2.75 2.75 0 1 0 5.5 0a2.75 2.75 0 1 0 -5.5 0z' },
      { d: 'M6 12h.01' },
      { d: 'M18 12h.01' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M4.5 5.5h15a2.5 2.5 0 0 1 2.5 2.5v8a2.5 2.5 0 0 1 -2.5 2.5h-15a2.5 2.5 0 0 1 -2.5 -2.5v-8a2.5 2.5 0 0 1 2.5 -2.5z' },
      { d: 'M9.5 12a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0z', fill: true },
    ],
  },
};

/**
 * A banknote: pay. The elder drawing drops the corner marks.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <PayIcon />
 * <PayIcon label="Pay" />
 */
export const PayIcon = /*#__PURE__*/ createIcon(payIconData);
