import type { Locale } from './locales';

/** Built-in strings of the date-field components. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the components land
export interface DateFieldMessages {}

/** The date-field strings per locale. */
export const dateFieldMessages: Record<Locale, DateFieldMessages> = {
  en: {},
  'zh-CN': {},
  'zh-TW': {},
  id: {},
};
