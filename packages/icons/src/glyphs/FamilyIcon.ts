import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link FamilyIcon}. */
export const familyIconData: IconData = {
  name: 'family',
  synonyms: {
    en: ['guardian', 'parent', 'child', 'relatives'],
    'zh-CN': ['家人', '亲情', '监护人', '子女'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M5.5 7a3 3 0 1 0 6 0a3 3 0 1 0 -6 0z' },
      { d: 'M3 20.5V20a5.5 5.5 0 0 1 11 0v.5' },
      { d: 'M15.25 10.25a2.25 2.25 0 1 0 4.5 0a2.25 2.25 0 1 0 -4.5 0z' },
      { d: 'M15.25 20.5v-.75a2.25 2.25 0 0 1 4.5 0v.75' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M4.5 6.75a3 3 0 1 0 6 0a3 3 0 1 0 -6 0z', fill: true },
      { d: 'M2 20.75a5 5 0 0 1 10 0' },
      { d: 'M15.75 11.5a2 2 0 1 0 4 0a2 2 0 1 0 -4 0z', fill: true },
      { d: 'M15 20.75a2.75 2.75 0 0 1 5.5 0' },
    ],
  },
};

/**
 * An adult and a child: family or guardian.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <FamilyIcon />
 * <FamilyIcon label="Family" />
 */
export const FamilyIcon = /*#__PURE__*/ createIcon(familyIconData);
