import { formsMessages, type FormMessages } from './messages-forms';
import { overlaysMessages, type OverlayMessages } from './messages-overlays';
import { moneyMessages, type MoneyMessages } from './messages-money';
import { codeFieldMessages, type CodeFieldMessages } from './messages-code-field';
import { dateFieldMessages, type DateFieldMessages } from './messages-date-field';
import { navigationMessages, type NavigationMessages } from './messages-navigation';
import { helpMessages, type HelpMessages } from './messages-help';
import { summaryMessages, type SummaryMessages } from './messages-summary';
import { searchMessages, type SearchMessages } from './messages-search';
import { readAloudMessages, type ReadAloudMessages } from './messages-read-aloud';
import { coreEn, coreId, coreZhCN, coreZhTW, type CoreMessages } from './core-messages';
import type { Locale } from './locales';

export { locales, type Locale } from './locales';

/** Every built-in string of the kit. A locale supplies all of them. */
export interface Messages
  extends CoreMessages,
    FormMessages,
    OverlayMessages,
    MoneyMessages,
    CodeFieldMessages,
    DateFieldMessages,
    NavigationMessages,
    HelpMessages,
    SummaryMessages,
    SearchMessages,
    ReadAloudMessages {}

const coreMessages: Record<Locale, CoreMessages> = { en: coreEn, 'zh-CN': coreZhCN, 'zh-TW': coreZhTW, id: coreId };

/** The built-in strings per locale, in plain language. */
export const messages: Record<Locale, Messages> = Object.fromEntries(
  Object.entries(coreMessages).map(([locale, core]) => [
    locale,
    {
      ...core,
      ...formsMessages[locale as Locale],
      ...overlaysMessages[locale as Locale],
      ...moneyMessages[locale as Locale],
      ...codeFieldMessages[locale as Locale],
      ...dateFieldMessages[locale as Locale],
      ...navigationMessages[locale as Locale],
      ...helpMessages[locale as Locale],
      ...summaryMessages[locale as Locale],
      ...searchMessages[locale as Locale],
      ...readAloudMessages[locale as Locale],
    },
  ]),
) as Record<Locale, Messages>;
