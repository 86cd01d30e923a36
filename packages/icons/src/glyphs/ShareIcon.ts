import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link ShareIcon}. */
export const shareIconData: IconData = {
  name: 'share',
  synonyms: {
    en: ['send', 'forward to', 'social'],
    'zh-CN': ['分享', '转发', '发送给'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M15 5.5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0z' },
      { d: 'M4 12a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0z' },
      { d: 'M15 18.5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0z' },
      { d: 'M8.65 10.73l6.7-3.96' },
      { d: 'M8.65 13.27l6.7 3.96' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M15.5 5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0z', fill: true },
      { d: 'M3.5 12a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0z', fill: true },
      { d: 'M15.5 19a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0z', fill: true },
      { d: 'M6 12 18 5' },
      { d: 'M6 12l12 7' },
    ],
  },
};

/**
 * Three connected dots: share.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <ShareIcon />
 * <ShareIcon label="Share" />
 */
export const ShareIcon = /*#__PURE__*/ createIcon(shareIconData);
