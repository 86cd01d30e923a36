import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link CalendarIcon}. */
export const calendarIconData: IconData = {
  name: 'calendar',
  synonyms: {
    en: ['date', 'schedule', 'appointment'],
    'zh-CN': ['日历', '日期', '预约', '日程'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M5.5 5h13a2 2 0 0 1 2 2v11.5a2 2 0 0 1 -2 2h-13a2 2 0 0 1 -2 -2v-11.5a2 2 0 0 1 2 -2z' },
      { d: 'M8 3v4' },
      { d: 'M16 3v4' },
      { d: 'M3.5 10h17' },
      { d: 'M8 14h.01' },
      { d: 'M12 14h.01' },
      { d: 'M16 14h.01' },
      { d: 'M8 17h.01' },
      { d: 'M12 17h.01' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M5.5 5h13a2.5 2.5 0 0 1 2.5 2.5v11a2.5 2.5 0 0 1 -2.5 2.5h-13a2.5 2.5 0 0 1 -2.5 -2.5v-11a2.5 2.5 0 0 1 2.5 -2.5z' },
      { d: 'M8 2.5v4.5' },
      { d: 'M16 2.5v4.5' },
      { d: 'M3 10.5h18' },
    ],
  },
};

/**
 * A calendar page. The elder drawing drops the day marks.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <CalendarIcon />
 * <CalendarIcon label="Calendar" />
 */
export const CalendarIcon = /*#__PURE__*/ createIcon(calendarIconData);
