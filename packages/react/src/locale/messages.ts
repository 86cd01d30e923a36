import { formsMessages, type FormMessages } from './messages-forms';
import { overlaysMessages, type OverlayMessages } from './messages-overlays';
import { coreEn, coreId, coreZhCN, coreZhTW, type CoreMessages } from './core-messages';
import type { Locale } from './locales';

export { locales, type Locale } from './locales';

/** Every built-in string of the kit. A locale supplies all of them. */
export interface Messages extends CoreMessages, FormMessages, OverlayMessages {}

const coreMessages: Record<Locale, CoreMessages> = { en: coreEn, 'zh-CN': coreZhCN, 'zh-TW': coreZhTW, id: coreId };

/** The built-in strings per locale, in plain language. */
export const messages: Record<Locale, Messages> = Object.fromEntries(
  Object.entries(coreMessages).map(([locale, core]) => [
    locale,
    { ...core, ...formsMessages[locale as Locale], ...overlaysMessages[locale as Locale] },
  ]),
) as Record<Locale, Messages>;
