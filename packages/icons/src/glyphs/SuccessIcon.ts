import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link SuccessIcon}. */
export const successIconData: IconData = {
  name: 'success',
  synonyms: {
    en: ['done', 'complete', 'ok', 'confirmed'],
    'zh-CN': ['成功', '完成', '已确认'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0z' },
      { d: 'M8 12.5l2.75 2.75L16.25 9.5' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M2.75 12a9.25 9.25 0 1 0 18.5 0a9.25 9.25 0 1 0 -18.5 0z' },
      { d: 'M7.5 12.25l3 3 6-6.25' },
    ],
  },
};

/**
 * A check mark in a circle: success.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <SuccessIcon />
 * <SuccessIcon label="Success" />
 */
export const SuccessIcon = /*#__PURE__*/ createIcon(successIconData);
