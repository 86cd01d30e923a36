import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link CustomerServiceIcon}. */
export const customerServiceIconData: IconData = {
  name: 'customer-service',
  synonyms: {
    en: ['headset', 'hotline', 'agent', 'contact us'],
    'zh-CN': ['客服', '人工客服', '热线', '联系我们'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M4 14v-2a8 8 0 0 1 16 0v2' },
      { d: 'M5.5 13.5h.5a1.5 1.5 0 0 1 1.5 1.5v3a1.5 1.5 0 0 1 -1.5 1.5h-.5a1.5 1.5 0 0 1 -1.5 -1.5v-3a1.5 1.5 0 0 1 1.5 -1.5z' },
      { d: 'M18 13.5h.5a1.5 1.5 0 0 1 1.5 1.5v3a1.5 1.5 0 0 1 -1.5 1.5h-.5a1.5 1.5 0 0 1 -1.5 -1.5v-3a1.5 1.5 0 0 1 1.5 -1.5z' },
      { d: 'M18.25 19.5v.25a1.75 1.75 0 0 1-1.75 1.75H13.5' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M4 14v-2a8 8 0 0 1 16 0v2' },
      { d: 'M5 14h1a1.5 1.5 0 0 1 1.5 1.5v3a1.5 1.5 0 0 1 -1.5 1.5h-1a1.5 1.5 0 0 1 -1.5 -1.5v-3a1.5 1.5 0 0 1 1.5 -1.5z', fill: true },
      { d: 'M18 14h1a1.5 1.5 0 0 1 1.5 1.5v3a1.5 1.5 0 0 1 -1.5 1.5h-1a1.5 1.5 0 0 1 -1.5 -1.5v-3a1.5 1.5 0 0 1 1.5 -1.5z', fill: true },
    ],
  },
};

/**
 * A headset: customer service. The elder drawing drops the microphone.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <CustomerServiceIcon />
 * <CustomerServiceIcon label="Customer service" />
 */
export const CustomerServiceIcon = /*#__PURE__*/ createIcon(customerServiceIconData);
