import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link EyeOffIcon}. */
export const eyeOffIconData: IconData = {
  name: 'eye-off',
  synonyms: {
    en: ['hide', 'hidden', 'invisible', 'password hidden'],
    'zh-CN': ['隐藏', '不可见', '闭眼'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M9.9 5.75A9.6 9.6 0 0 1 12 5.5c4 0 7.5 2.5 9.5 6.5a13 13 0 0 1-2.1 3' },
      { d: 'M6.6 7.55C4.85 8.6 3.5 10.15 2.5 12c2 4 5.5 6.5 9.5 6.5 1.9 0 3.65-.55 5.15-1.5' },
      { d: 'M9.9 9.9a3 3 0 0 0 4.2 4.2' },
      { d: 'M3.5 3.5l17 17' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M9.75 5.5a11 11 0 0 1 2.25-.25c4.25 0 7.75 2.5 9.75 6.75a14 14 0 0 1-1.75 2.75' },
      { d: 'M6.25 7.25C4.5 8.5 3.25 10 2.25 12c2 4.25 5.5 6.75 9.75 6.75 1.9 0 3.6-.5 5.1-1.4' },
      { d: 'M3.5 3.5l17 17' },
    ],
  },
};

/**
 * A struck-through eye: hide.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <EyeOffIcon />
 * <EyeOffIcon label="Eye off" />
 */
export const EyeOffIcon = /*#__PURE__*/ createIcon(eyeOffIconData);
