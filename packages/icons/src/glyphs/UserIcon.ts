import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link UserIcon}. */
export const userIconData: IconData = {
  name: 'user',
  synonyms: {
    en: ['person', 'account', 'profile', 'me'],
    'zh-CN': ['我的', '用户', '账户', '个人'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M8.25 7.5a3.75 3.75 0 1 0 7.5 0a3.75 3.75 0 1 0 -7.5 0z' },
      { d: 'M4.5 21a7.5 7.5 0 0 1 15 0' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M8.5 7.5a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0z', fill: true },
      { d: 'M5 21.5a7 7 0 0 1 14 0' },
    ],
  },
};

/**
 * A person: the user or their account.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <UserIcon />
 * <UserIcon label="User" />
 */
export const UserIcon = /*#__PURE__*/ createIcon(userIconData);
