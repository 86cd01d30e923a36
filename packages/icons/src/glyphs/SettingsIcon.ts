import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link SettingsIcon}. */
export const settingsIconData: IconData = {
  name: 'settings',
  synonyms: {
    en: ['preferences', 'gear', 'options'],
    'zh-CN': ['设置', '齿轮', '选项'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M10.25 4.97L10.51 2.62A9.5 9.5 0 0 1 13.49 2.62L13.75 4.97A7.25 7.25 0 0 1 15.73 5.79L17.58 4.31A9.5 9.5 0 0 1 19.69 6.42L18.21 8.27A7.25 7.25 0 0 1 19.03 10.25L21.38 10.51A9.5 9.5 0 0 1 21.38 13.49L19.03 13.75A7.25 7.25 0 0 1 18.21 15.73L19.69 17.58A9.5 9.5 0 0 1 17.58 19.69L15.73 18.21A7.25 7.25 0 0 1 13.75 19.03L13.49 21.38A9.5 9.5 0 0 1 10.51 21.38L10.25 19.03A7.25 7.25 0 0 1 8.27 18.21L6.42 19.69A9.5 9.5 0 0 1 4.31 17.58L5.79 15.73A7.25 7.25 0 0 1 4.97 13.75L2.62 13.49A9.5 9.5 0 0 1 2.62 10.51L4.97 10.25A7.25 7.25 0 0 1 5.79 8.27L4.31 6.42A9.5 9.5 0 0 1 6.42 4.31L8.27 5.79A7.25 7.25 0 0 1 10.25 4.97z' },
      { d: 'M9 12a3 3 0 1 0 6 0a3 3 0 1 0 -6 0z' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M9.72 5.38L10.02 2.71A9.5 9.5 0 0 1 13.98 2.71L14.28 5.38A7 7 0 0 1 16.59 6.72L19.06 5.64A9.5 9.5 0 0 1 21.04 9.06L18.87 10.66A7 7 0 0 1 18.87 13.34L21.04 14.94A9.5 9.5 0 0 1 19.06 18.36L16.59 17.28A7 7 0 0 1 14.28 18.62L13.98 21.29A9.5 9.5 0 0 1 10.02 21.29L9.72 18.62A7 7 0 0 1 7.41 17.28L4.94 18.36A9.5 9.5 0 0 1 2.96 14.94L5.13 13.34A7 7 0 0 1 5.13 10.66L2.96 9.06A9.5 9.5 0 0 1 4.94 5.64L7.41 6.72A7 7 0 0 1 9.72 5.38z' },
      { d: 'M9.25 12a2.75 2.75 0 1 0 5.5 0a2.75 2.75 0 1 0 -5.5 0z' },
    ],
  },
};

/**
 * A gear: settings. The elder drawing has fewer, larger teeth.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <SettingsIcon />
 * <SettingsIcon label="Settings" />
 */
export const SettingsIcon = /*#__PURE__*/ createIcon(settingsIconData);
