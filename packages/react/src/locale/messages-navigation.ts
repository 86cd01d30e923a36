import type { Locale } from './locales';

/** Built-in strings of the navigation components. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the components land
export interface NavigationMessages {}

/** The navigation strings per locale. */
export const navigationMessages: Record<Locale, NavigationMessages> = {
  en: {},
  'zh-CN': {},
  'zh-TW': {},
  id: {},
};
