import type { Locale } from './locales';

/**
 * Built-in strings of the date-field components. Words in braces are filled in:
 * `{part}` a part's label, `{parts}` a list of parts, `{max}` a number, `{month}` a month
 * and year, `{date}` a whole date, `{day}` `{month}` `{year}` the parts of an example date.
 */
export interface DateFieldMessages {
  /** The label of the day box. */
  dateDay: string;
  /** The label of the month box. */
  dateMonth: string;
  /** The label of the year box. */
  dateYear: string;
  /** The name of the Republic of China (民國) era, shown before a 民國 year. */
  dateRocEra: string;
  /** The label of the year box when it takes a 民國 year, where labels sit above the boxes. */
  dateRocYear: string;
  /** The hint: an example date in the order of the boxes, from `{day}`, `{month}` and `{year}`. */
  dateHint: string;
  /** A required date left empty. */
  dateRequired: string;
  /** A date with parts left empty; `{parts}` lists them, such as "month and year". */
  dateMissing: string;
  /** A part that is not written in numbers. */
  dateNotNumber: string;
  /** A part outside its range, such as a month of 13. */
  dateOutOfRange: string;
  /** A day past the end of its month; `{month}` is that month and year, such as "February 2024". */
  dateDayInMonth: string;
  /** A year that is not four numbers. */
  dateYearDigits: string;
  /** A 民國 year that is not one to three numbers. */
  dateRocYearDigits: string;
  /** A Western year typed where a 民國 year belongs; `{year}` is typed, `{rocYear}` is the 民國 year. */
  dateRocYearGregorian: string;
  /** A date before `min`; `{date}` is the first date allowed. */
  dateTooEarly: string;
  /** A date after `max`; `{date}` is the last date allowed. */
  dateTooLate: string;
}

/** The English dateField strings: a component's fallback outside any LocaleProvider. */
export const dateFieldEn: DateFieldMessages = {
  dateDay: 'Day',
  dateMonth: 'Month',
  dateYear: 'Year',
  dateRocEra: 'Minguo',
  dateRocYear: 'Year (Minguo)',
  dateHint: 'For example, {day} {month} {year}',
  dateRequired: 'Enter the date',
  dateMissing: 'Date must include a {parts}',
  dateNotNumber: '{part} must be a number',
  dateOutOfRange: '{part} must be between 1 and {max}',
  dateDayInMonth: 'Day must be between 1 and {max} for {month}',
  dateYearDigits: 'Enter a year with 4 numbers',
  dateRocYearDigits: 'Enter the Minguo year with 1 to 3 numbers, like 113',
  dateRocYearGregorian: 'Enter the Minguo year: the year {year} is Minguo {rocYear}',
  dateTooEarly: 'Date must be on or after {date}',
  dateTooLate: 'Date must be on or before {date}',
};

/** The date-field strings per locale. */
export const dateFieldMessages: Record<Locale, DateFieldMessages> = {
  en: dateFieldEn,
  'zh-CN': {
    dateDay: '日',
    dateMonth: '月',
    dateYear: '年',
    dateRocEra: '民国',
    dateRocYear: '民国年',
    dateHint: '例如：{year} 年 {month} 月 {day} 日',
    dateRequired: '请填写日期',
    dateMissing: '日期还缺少{parts}',
    dateNotNumber: '{part}只能填数字',
    dateOutOfRange: '{part}请填 1 到 {max} 之间的数字',
    dateDayInMonth: '{month}只有 {max} 天，日请填 1 到 {max} 之间的数字',
    dateYearDigits: '年请填 4 位数字',
    dateRocYearDigits: '民国年请填 1 到 3 位数字，例如 113',
    dateRocYearGregorian: '请填民国年：公元 {year} 年是民国 {rocYear} 年',
    dateTooEarly: '日期不能早于 {date}',
    dateTooLate: '日期不能晚于 {date}',
  },
  'zh-TW': {
    dateDay: '日',
    dateMonth: '月',
    dateYear: '年',
    dateRocEra: '民國',
    dateRocYear: '民國年',
    dateHint: '例如：{year} 年 {month} 月 {day} 日',
    dateRequired: '請填寫日期',
    dateMissing: '日期還缺少{parts}',
    dateNotNumber: '{part}只能填數字',
    dateOutOfRange: '{part}請填 1 到 {max} 之間的數字',
    dateDayInMonth: '{month}只有 {max} 天，日請填 1 到 {max} 之間的數字',
    dateYearDigits: '年請填 4 位數字',
    dateRocYearDigits: '民國年請填 1 到 3 位數字，例如 113',
    dateRocYearGregorian: '請填民國年：西元 {year} 年是民國 {rocYear} 年',
    dateTooEarly: '日期不能早於 {date}',
    dateTooLate: '日期不能晚於 {date}',
  },
  id: {
    dateDay: 'Tanggal',
    dateMonth: 'Bulan',
    dateYear: 'Tahun',
    dateRocEra: 'Minguo',
    dateRocYear: 'Tahun (Minguo)',
    dateHint: 'Contoh: {day} {month} {year}',
    dateRequired: 'Isi tanggal, bulan, dan tahun',
    dateMissing: 'Lengkapi {parts}',
    dateNotNumber: '{part} hanya boleh berisi angka',
    dateOutOfRange: '{part} harus antara 1 dan {max}',
    dateDayInMonth: 'Tanggal harus antara 1 dan {max} untuk {month}',
    dateYearDigits: 'Isi tahun dengan 4 angka',
    dateRocYearDigits: 'Isi tahun Minguo dengan 1 sampai 3 angka, misalnya 113',
    dateRocYearGregorian: 'Isi tahun Minguo: tahun {year} adalah Minguo {rocYear}',
    dateTooEarly: 'Tanggal harus {date} atau sesudahnya',
    dateTooLate: 'Tanggal harus {date} atau sebelumnya',
  },
};
