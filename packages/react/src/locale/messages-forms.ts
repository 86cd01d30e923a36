import type { Locale } from './locales';

/** Built-in strings of the forms components. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as components arrive
export interface FormMessages {}

/** The forms strings per locale. */
export const formsMessages: Record<Locale, FormMessages> = {
  en: {},
  'zh-CN': {},
  'zh-TW': {},
  id: {},
};
