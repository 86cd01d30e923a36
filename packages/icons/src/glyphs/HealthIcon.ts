import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link HealthIcon}. */
export const healthIconData: IconData = {
  name: 'health',
  synonyms: {
    en: ['medical', 'heart', 'wellbeing', 'hospital'],
    'zh-CN': ['健康', '医疗', '看病', '心脏'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M12 20s-8-4.6-8-10.5A4.5 4.5 0 0 1 12 6.8a4.5 4.5 0 0 1 8 2.7C20 15.4 12 20 12 20z' },
      { d: 'M12 10v5' },
      { d: 'M9.5 12.5h5' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M12 21s-9-5-9-11.5A5 5 0 0 1 12 6.6a5 5 0 0 1 9 2.9C21 16 12 21 12 21z' },
      { d: 'M12 10.25v6' },
      { d: 'M9 13.25h6' },
    ],
  },
};

/**
 * A heart with a medical cross: health.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <HealthIcon />
 * <HealthIcon label="Health" />
 */
export const HealthIcon = /*#__PURE__*/ createIcon(healthIconData);
