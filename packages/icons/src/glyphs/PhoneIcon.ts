import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link PhoneIcon}. */
export const phoneIconData: IconData = {
  name: 'phone',
  synonyms: {
    en: ['call', 'telephone', 'dial'],
    'zh-CN': ['电话', '打电话', '拨号'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M5 3.5h3.5l1.75 4.75-2.25 1.5a11.5 11.5 0 0 0 6.25 6.25l1.5-2.25 4.75 1.75V19a2 2 0 0 1-2 2A16.5 16.5 0 0 1 3 5.5a2 2 0 0 1 2-2z' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M5 3h3.75l2 5-2.5 1.75a11 11 0 0 0 6 6l1.75-2.5 5 2V19a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z', fill: true },
    ],
  },
};

/**
 * A telephone handset: call. The elder drawing is filled.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <PhoneIcon />
 * <PhoneIcon label="Phone" />
 */
export const PhoneIcon = /*#__PURE__*/ createIcon(phoneIconData);
