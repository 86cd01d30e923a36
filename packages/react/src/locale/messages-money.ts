import type { Locale } from './locales';

/** Built-in strings of the money components. */
export interface MoneyMessages {
  /**
   * An amount read back in words, under an amount field or a confirmed amount, as a bank
   * form labels it. `{words}` is the amount written out: "人民币壹仟贰佰伍拾元整".
   */
  amountInWords: string;
}

/** The English money strings: a component's fallback outside any LocaleProvider. */
export const moneyEn: MoneyMessages = { amountInWords: 'In words: {words}' };

/** The money strings per locale. */
export const moneyMessages: Record<Locale, MoneyMessages> = {
  en: moneyEn,
  'zh-CN': { amountInWords: '大写：{words}' },
  'zh-TW': { amountInWords: '大寫：{words}' },
  id: { amountInWords: 'Terbilang: {words}' },
};
