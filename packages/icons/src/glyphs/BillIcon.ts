import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link BillIcon}. */
export const billIconData: IconData = {
  name: 'bill',
  synonyms: {
    en: ['invoice', 'receipt', 'statement'],
    'zh-CN': ['账单', '发票', '收据'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M5.5 3.5h13v17l-2.2-1.5-2.2 1.5-2.1-1.5-2.1 1.5-2.2-1.5-2.2 1.5z' },
      { d: 'M9 8h6' },
      { d: 'M9 11.5h6' },
      { d: 'M9 15h3.5' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M5 2.75h14V21l-3.5-2-3.5 2-3.5-2L5 21z' },
      { d: 'M9 8h6' },
      { d: 'M9 12.5h6' },
    ],
  },
};

/**
 * A receipt with a torn edge: a bill.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <BillIcon />
 * <BillIcon label="Bill" />
 */
export const BillIcon = /*#__PURE__*/ createIcon(billIconData);
