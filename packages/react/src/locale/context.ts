import { createContext, useContext } from 'react';
import type { Locale, Messages } from './messages';

/** What a {@link LocaleProvider} gives the components below it. */
export interface LocaleContextValue {
  locale: Locale;
  messages: Messages;
}

/** `null` outside any LocaleProvider. Kept apart from the message tables, which it does not import. */
export const LocaleContext = createContext<LocaleContextValue | null>(null);

/**
 * The current strings, or `fallback` (a component's English defaults) outside any
 * LocaleProvider. Lets a component depend on its own English strings only.
 */
export function useMessagesOr<Strings extends object>(fallback: Strings): Strings {
  return (useContext(LocaleContext)?.messages as Strings | undefined) ?? fallback;
}
