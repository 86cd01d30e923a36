import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link GiftIcon}. */
export const giftIconData: IconData = {
  name: 'gift',
  synonyms: {
    en: ['present', 'reward', 'red packet', 'bonus'],
    'zh-CN': ['礼物', '礼品', '奖励', '红包'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M4.5 8h15a1 1 0 0 1 1 1v2a1 1 0 0 1 -1 1h-15a1 1 0 0 1 -1 -1v-2a1 1 0 0 1 1 -1z' },
      { d: 'M5 12v7.5A1.5 1.5 0 0 0 6.5 21h11a1.5 1.5 0 0 0 1.5-1.5V12' },
      { d: 'M12 8v13' },
      { d: 'M12 8S10.75 3.5 8.5 3.5a2.25 2.25 0 0 0 0 4.5' },
      { d: 'M12 8s1.25-4.5 3.5-4.5a2.25 2.25 0 0 1 0 4.5' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M3.5 8h17a1 1 0 0 1 1 1v3a1 1 0 0 1 -1 1h-17a1 1 0 0 1 -1 -1v-3a1 1 0 0 1 1 -1z' },
      { d: 'M4.5 13v8h15v-8' },
      { d: 'M12 8v13' },
      { d: 'M12 8 8.5 4' },
      { d: 'M12 8l3.5-4' },
    ],
  },
};

/**
 * A wrapped present: a gift or reward.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <GiftIcon />
 * <GiftIcon label="Gift" />
 */
export const GiftIcon = /*#__PURE__*/ createIcon(giftIconData);
