import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link InfoIcon}. */
export const infoIconData: IconData = {
  name: 'info',
  synonyms: {
    en: ['information', 'about', 'details', 'notice'],
    'zh-CN': ['信息', '说明', '提示', '详情'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0z' },
      { d: 'M12 11v5.5' },
      { d: 'M12 7.75h.01' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M2.75 12a9.25 9.25 0 1 0 18.5 0a9.25 9.25 0 1 0 -18.5 0z' },
      { d: 'M12 11v6' },
      { d: 'M12 7.25h.01' },
    ],
  },
};

/**
 * The letter i in a circle: information.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <InfoIcon />
 * <InfoIcon label="Info" />
 */
export const InfoIcon = /*#__PURE__*/ createIcon(infoIconData);
