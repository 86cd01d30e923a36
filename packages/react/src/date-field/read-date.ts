import { CalendarDate, GregorianCalendar, TaiwanCalendar, parseDate, toCalendar, type Calendar } from '@internationalized/date';
import type { DateFieldMessages } from '../locale/messages-date-field';
import { format } from '../locale/messages-overlays';
import type { Locale } from '../locale';

/** The calendars a {@link DateField} can take a year in: Western years, or years of the Republic of China (民國, 2024 = 113). */
export const dateCalendars = ['gregory', 'roc'] as const;

/** One of {@link dateCalendars}. */
export type DateCalendar = (typeof dateCalendars)[number];

/** A part of a date, one box each. */
export type DatePart = 'day' | 'month' | 'year';

/** The parts of a date as typed. */
export type DateParts = Record<DatePart, string>;

/** What is wrong with a date, in a form that the words are made from. */
export type DateProblem =
  | { kind: 'required' }
  | { kind: 'missing'; parts: DatePart[] }
  | { kind: 'notNumber'; part: DatePart }
  | { kind: 'yearDigits' }
  | { kind: 'rocYearDigits' }
  | { kind: 'rocYearGregorian'; year: number; rocYear: number }
  | { kind: 'outOfRange'; part: DatePart; max: number }
  | { kind: 'dayInMonth'; max: number; month: CalendarDate }
  | { kind: 'tooEarly'; limit: CalendarDate }
  | { kind: 'tooLate'; limit: CalendarDate };

/** A date read from its parts. `parts` are the boxes to mark as wrong, in the order they were checked. */
export type DateRead =
  | { status: 'empty'; problem?: { kind: 'required' }; parts: DatePart[] }
  | { status: 'valid'; date: CalendarDate }
  | { status: 'invalid'; problem: DateProblem; parts: DatePart[] };

/** What {@link readDate} checks a date against. */
export interface DateRules {
  calendar: DateCalendar;
  /** Parts in the order of the boxes; missing or wrong parts are reported in this order. */
  order: readonly DatePart[];
  required: boolean;
  /** The first and last dates allowed, in the Gregorian calendar. */
  min?: CalendarDate;
  max?: CalendarDate;
}

const gregorian = new GregorianCalendar();
const calendars: Record<DateCalendar, Calendar> = { gregory: gregorian, roc: new TaiwanCalendar() };
/** The era a year box takes: AD, or the 民國 era counted from 1912. */
const eras: Record<DateCalendar, string> = { gregory: 'AD', roc: 'minguo' };
/** A Western year: four numbers, as GOV.UK asks; a 民國 year: one to three. */
const yearPattern: Record<DateCalendar, RegExp> = { gregory: /^[1-9]\d{3}$/, roc: /^0*[1-9]\d{0,2}$/ };

/** The first day of a month in the field's calendar; the library answers how long that month is. */
const monthOf = (calendar: DateCalendar, year: number, month: number) => new CalendarDate(calendars[calendar], eras[calendar], year, month, 1);

/**
 * Reads an ISO date (`2024-03-27`), or `undefined` for none. A string that is not a real
 * date is also `undefined`: the field then shows empty boxes rather than a wrong date.
 */
export function parseIsoDate(iso: string | null | undefined): CalendarDate | undefined {
  if (!iso) return undefined;
  try {
    return parseDate(iso);
  } catch {
    return undefined;
  }
}

/** The boxes' words for a Gregorian date, with the year in the field's calendar. */
export function partsOf(date: CalendarDate | undefined, calendar: DateCalendar): DateParts {
  if (!date) return { day: '', month: '', year: '' };
  const local = toCalendar(date, calendars[calendar]);
  // A date before 民國 1 (1912) has no 民國 year to show; the box stays empty and asks for one.
  const year = local.era === eras[calendar] ? String(local.year) : '';
  return { day: String(local.day), month: String(local.month), year };
}

/** What was typed, as plain ASCII numbers: full-width digits from a Chinese keyboard count too. */
function clean(text: string): string {
  return text.normalize('NFKC').trim();
}

/**
 * Reads a date from its three parts: which parts are missing or wrong, whether the day exists
 * in that month (the calendar library counts the days, leap years included), and whether it
 * falls between `min` and `max`. One problem at a time, the first the person should fix.
 */
export function readDate(typed: DateParts, { calendar, order, required, min, max }: DateRules): DateRead {
  const parts = { day: clean(typed.day), month: clean(typed.month), year: clean(typed.year) };
  const missing = order.filter((part) => parts[part] === '');
  if (missing.length === order.length) {
    return required ? { status: 'empty', problem: { kind: 'required' }, parts: [...order] } : { status: 'empty', parts: [] };
  }
  if (missing.length > 0) return { status: 'invalid', problem: { kind: 'missing', parts: missing }, parts: missing };

  const notNumber = order.find((part) => !/^\d+$/.test(parts[part]));
  if (notNumber) return { status: 'invalid', problem: { kind: 'notNumber', part: notNumber }, parts: [notNumber] };

  const wrong = (problem: DateProblem, part: DatePart): DateRead => ({ status: 'invalid', problem, parts: [part] });
  const [day, month, year] = [Number(parts.day), Number(parts.month), Number(parts.year)];

  if (!yearPattern[calendar].test(parts.year)) {
    if (calendar === 'roc' && yearPattern.gregory.test(parts.year)) {
      const asRoc = toCalendar(new CalendarDate(gregorian, 'AD', year, 1, 1), calendars.roc);
      if (asRoc.era === eras.roc) return wrong({ kind: 'rocYearGregorian', year, rocYear: asRoc.year }, 'year');
    }
    return wrong({ kind: calendar === 'roc' ? 'rocYearDigits' : 'yearDigits' }, 'year');
  }

  const months = calendars[calendar].getMonthsInYear(monthOf(calendar, year, 1));
  if (month < 1 || month > months) return wrong({ kind: 'outOfRange', part: 'month', max: months }, 'month');

  const first = monthOf(calendar, year, month);
  const days = calendars[calendar].getDaysInMonth(first);
  if (day < 1 || day > days) return wrong({ kind: 'dayInMonth', max: days, month: first }, 'day');

  const date = toCalendar(first.set({ day }), gregorian);
  if (min && date.compare(min) < 0) return { status: 'invalid', problem: { kind: 'tooEarly', limit: min }, parts: [...order] };
  if (max && date.compare(max) > 0) return { status: 'invalid', problem: { kind: 'tooLate', limit: max }, parts: [...order] };
  return { status: 'valid', date };
}

/** The Intl locale that writes dates as the kit's locale does: day first in English, as in the hint. */
function intlLocale(locale: Locale, calendar: DateCalendar): string {
  const base = locale === 'en' ? 'en-GB' : locale;
  return calendar === 'roc' ? `${base}-u-ca-roc` : base;
}

function formatDate(date: CalendarDate, locale: Locale, calendar: DateCalendar, options: Intl.DateTimeFormatOptions): string {
  const formatter = new Intl.DateTimeFormat(intlLocale(locale, calendar), { ...options, timeZone: 'UTC' });
  return formatter.format(date.toDate('UTC'));
}

/** A part's name inside a sentence: "month", not "Month". */
function partName(part: DatePart, messages: DateFieldMessages, locale: Locale): string {
  return partLabel(part, messages).toLocaleLowerCase(locale);
}

/** A part's label: Day, Month, Year. */
export function partLabel(part: DatePart, messages: DateFieldMessages): string {
  return { day: messages.dateDay, month: messages.dateMonth, year: messages.dateYear }[part];
}

/** The words for a problem, in the locale's language. */
export function describeProblem(problem: DateProblem, messages: DateFieldMessages, locale: Locale, calendar: DateCalendar): string {
  const longDate = { day: 'numeric', month: 'long', year: 'numeric' } as const;
  switch (problem.kind) {
    case 'required':
      return messages.dateRequired;
    case 'missing': {
      const names = problem.parts.map((part) => partName(part, messages, locale));
      return format(messages.dateMissing, { parts: new Intl.ListFormat(locale, { type: 'conjunction' }).format(names) });
    }
    case 'notNumber':
      return format(messages.dateNotNumber, { part: partLabel(problem.part, messages) });
    case 'yearDigits':
      return messages.dateYearDigits;
    case 'rocYearDigits':
      return messages.dateRocYearDigits;
    case 'rocYearGregorian':
      return format(messages.dateRocYearGregorian, { year: problem.year, rocYear: problem.rocYear });
    case 'outOfRange':
      return format(messages.dateOutOfRange, { part: partLabel(problem.part, messages), max: problem.max });
    case 'dayInMonth': {
      const month = formatDate(problem.month, locale, calendar, { month: 'long', year: 'numeric' });
      return format(messages.dateDayInMonth, { max: problem.max, month });
    }
    case 'tooEarly':
      return format(messages.dateTooEarly, { date: formatDate(problem.limit, locale, calendar, longDate) });
    case 'tooLate':
      return format(messages.dateTooLate, { date: formatDate(problem.limit, locale, calendar, longDate) });
  }
}

/** The example date of the hint, 27 March 2007 as GOV.UK gives it, in the order and calendar of the boxes. */
export function exampleHint(messages: DateFieldMessages, calendar: DateCalendar): string {
  const example = partsOf(new CalendarDate(2007, 3, 27), calendar);
  const year = calendar === 'roc' ? `${messages.dateRocEra} ${example.year}` : example.year;
  return format(messages.dateHint, { ...example, year });
}
