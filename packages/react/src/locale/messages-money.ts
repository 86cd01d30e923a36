import type { Locale } from './locales';

/** Built-in strings of the money components. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the components land
export interface MoneyMessages {}

/** The money strings per locale. */
export const moneyMessages: Record<Locale, MoneyMessages> = {
  en: {},
  'zh-CN': {},
  'zh-TW': {},
  id: {},
};
