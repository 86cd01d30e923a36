import type { Locale } from './locales';

/** Built-in strings of the help components. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the components land
export interface HelpMessages {}

/** The help strings per locale. */
export const helpMessages: Record<Locale, HelpMessages> = {
  en: {},
  'zh-CN': {},
  'zh-TW': {},
  id: {},
};
