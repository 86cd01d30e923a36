import type { Locale } from './locales';

/** Built-in strings of the code-field components. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the components land
export interface CodeFieldMessages {}

/** The code-field strings per locale. */
export const codeFieldMessages: Record<Locale, CodeFieldMessages> = {
  en: {},
  'zh-CN': {},
  'zh-TW': {},
  id: {},
};
