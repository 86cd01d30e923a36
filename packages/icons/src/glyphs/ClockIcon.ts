import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link ClockIcon}. */
export const clockIconData: IconData = {
  name: 'clock',
  synonyms: {
    en: ['time', 'hours', 'history', 'recent'],
    'zh-CN': ['时间', '时钟', '钟点', '最近'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0z' },
      { d: 'M12 7v5l3.5 2' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M2.75 12a9.25 9.25 0 1 0 18.5 0a9.25 9.25 0 1 0 -18.5 0z' },
      { d: 'M12 6.5V12h4.5' },
    ],
  },
};

/**
 * A clock face: time.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <ClockIcon />
 * <ClockIcon label="Clock" />
 */
export const ClockIcon = /*#__PURE__*/ createIcon(clockIconData);
