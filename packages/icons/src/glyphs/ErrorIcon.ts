import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link ErrorIcon}. */
export const errorIconData: IconData = {
  name: 'error',
  synonyms: {
    en: ['failed', 'wrong', 'problem', 'stop'],
    'zh-CN': ['错误', '失败', '出错'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0z' },
      { d: 'M9 9l6 6' },
      { d: 'M15 9l-6 6' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M2.75 12a9.25 9.25 0 1 0 18.5 0a9.25 9.25 0 1 0 -18.5 0z' },
      { d: 'M8.5 8.5l7 7' },
      { d: 'M15.5 8.5l-7 7' },
    ],
  },
};

/**
 * A cross in a circle: error.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <ErrorIcon />
 * <ErrorIcon label="Error" />
 */
export const ErrorIcon = /*#__PURE__*/ createIcon(errorIconData);
