import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link WarningIcon}. */
export const warningIconData: IconData = {
  name: 'warning',
  synonyms: {
    en: ['caution', 'alert', 'attention', 'risk'],
    'zh-CN': ['警告', '注意', '风险', '提醒'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M10.27 4.2 2.7 17.4A2 2 0 0 0 4.43 20.4h15.14a2 2 0 0 0 1.73-3L13.73 4.2a2 2 0 0 0-3.46 0z' },
      { d: 'M12 9.5v4' },
      { d: 'M12 17h.01' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M12 3.25 2.25 20.5h19.5z' },
      { d: 'M12 9.75v4.5' },
      { d: 'M12 17.5h.01' },
    ],
  },
};

/**
 * An exclamation mark in a triangle: warning.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <WarningIcon />
 * <WarningIcon label="Warning" />
 */
export const WarningIcon = /*#__PURE__*/ createIcon(warningIconData);
