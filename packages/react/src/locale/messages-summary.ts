import type { Locale } from './locales';

/** Built-in strings of the summary list. */
export interface SummaryMessages {
  /** The action that goes back to change one answer; the row's key follows it for screen readers. */
  summaryChange: string;
}

/** The English summary strings: a component's fallback outside any LocaleProvider. */
export const summaryEn: SummaryMessages = { summaryChange: 'Change' };

/** The summary list strings per locale. */
export const summaryMessages: Record<Locale, SummaryMessages> = {
  en: summaryEn,
  'zh-CN': { summaryChange: '修改' },
  'zh-TW': { summaryChange: '修改' },
  id: { summaryChange: 'Ubah' },
};
