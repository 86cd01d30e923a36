import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link EyeIcon}. */
export const eyeIconData: IconData = {
  name: 'eye',
  synonyms: {
    en: ['show', 'visible', 'view', 'password shown'],
    'zh-CN': ['显示', '可见', '查看', '眼睛'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M2.5 12C4.5 8 8 5.5 12 5.5s7.5 2.5 9.5 6.5c-2 4-5.5 6.5-9.5 6.5S4.5 16 2.5 12z' },
      { d: 'M9 12a3 3 0 1 0 6 0a3 3 0 1 0 -6 0z' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M2.25 12C4.25 7.75 7.75 5.25 12 5.25s7.75 2.5 9.75 6.75c-2 4.25-5.5 6.75-9.75 6.75S4.25 16.25 2.25 12z' },
      { d: 'M9.5 12a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0z', fill: true },
    ],
  },
};

/**
 * An eye: show.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <EyeIcon />
 * <EyeIcon label="Eye" />
 */
export const EyeIcon = /*#__PURE__*/ createIcon(eyeIconData);
