import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link LockIcon}. */
export const lockIconData: IconData = {
  name: 'lock',
  synonyms: {
    en: ['locked', 'secure', 'password', 'private'],
    'zh-CN': ['锁定', '上锁', '密码', '安全'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M6.5 10.5h11a2 2 0 0 1 2 2v6.5a2 2 0 0 1 -2 2h-11a2 2 0 0 1 -2 -2v-6.5a2 2 0 0 1 2 -2z' },
      { d: 'M8 10.5V7.5a4 4 0 0 1 8 0v3' },
      { d: 'M12 14.5v2.5' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M6.5 10.5h11a2 2 0 0 1 2 2v6.5a2 2 0 0 1 -2 2h-11a2 2 0 0 1 -2 -2v-6.5a2 2 0 0 1 2 -2z', fill: true },
      { d: 'M8 10.5V7.5a4 4 0 0 1 8 0v3' },
    ],
  },
};

/**
 * A closed padlock: locked. The elder drawing is filled, without the keyhole.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <LockIcon />
 * <LockIcon label="Lock" />
 */
export const LockIcon = /*#__PURE__*/ createIcon(lockIconData);
