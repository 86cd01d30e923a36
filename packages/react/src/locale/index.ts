export { LocaleProvider, useLocale } from './LocaleProvider';
export type { LocaleProviderProps } from './LocaleProvider';
export { locales, messages } from './messages';
export type { Locale, Messages } from './messages';
export { resolveLocale } from './resolve-locale';
