'use client';
import { useContext, useMemo, type ReactNode } from 'react';
import { LocaleContext, type LocaleContextValue } from './context';
import { englishMessages } from './english';
import { messages as builtInMessages, type Messages } from './messages';
import { resolveLocale } from './resolve-locale';

const english: LocaleContextValue = { locale: 'en', messages: englishMessages };

/** Props of {@link LocaleProvider}. */
export interface LocaleProviderProps {
  /**
   * A BCP 47 language tag. `zh-Hant`/`zh-HK` map to `zh-TW`, other Chinese to `zh-CN`;
   * an unknown tag falls back to English with a development warning.
   * @default 'en'
   */
  locale?: string;
  /**
   * Replaces some built-in strings, for a product's own wording or another language.
   * @default undefined
   */
  messages?: Partial<Messages>;
  children?: ReactNode;
}

/** Chooses the language of every built-in string below it. */
export function LocaleProvider({ locale = 'en', messages, children }: LocaleProviderProps) {
  const resolved = resolveLocale(locale);
  const value = useMemo(
    () => ({ locale: resolved, messages: { ...builtInMessages[resolved], ...messages } }),
    [resolved, messages],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The current locale and its strings. Works without a provider (English). */
export function useLocale(): LocaleContextValue {
  return useContext(LocaleContext) ?? english;
}
