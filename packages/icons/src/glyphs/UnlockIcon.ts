import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link UnlockIcon}. */
export const unlockIconData: IconData = {
  name: 'unlock',
  synonyms: {
    en: ['unlocked', 'open'],
    'zh-CN': ['解锁', '开锁', '打开'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M6.5 10.5h11a2 2 0 0 1 2 2v6.5a2 2 0 0 1 -2 2h-11a2 2 0 0 1 -2 -2v-6.5a2 2 0 0 1 2 -2z' },
      { d: 'M8 10.5V7.5a4 4 0 0 1 7.75-1.4' },
      { d: 'M12 14.5v2.5' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M6.5 10.5h11a2 2 0 0 1 2 2v6.5a2 2 0 0 1 -2 2h-11a2 2 0 0 1 -2 -2v-6.5a2 2 0 0 1 2 -2z', fill: true },
      { d: 'M8 10.5V7.5a4 4 0 0 1 7.75-1.4' },
    ],
  },
};

/**
 * An open padlock: unlocked.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <UnlockIcon />
 * <UnlockIcon label="Unlock" />
 */
export const UnlockIcon = /*#__PURE__*/ createIcon(unlockIconData);
