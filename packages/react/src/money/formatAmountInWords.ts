import { amountInWordsCurrencies, wordsLimit, type AmountInWordsCurrency } from './currencies';
import { currencyDigits, decimalParts, minorUnits } from './decimal';
import { englishWords } from './words-en';
import { indonesianWords } from './words-id';
import { chineseWords } from './words-zh';

/** Options of {@link formatAmountInWords}. */
export interface FormatAmountInWordsOptions {
  /** The ISO 4217 code: one of {@link amountInWordsCurrencies} (CNY, HKD, TWD, USD, EUR, JPY, IDR). */
  currency: string;
  /**
   * The language, as a BCP 47 tag: English (`en`, `en-GB`, …), Chinese (`zh-CN`, `zh-Hans`,
   * `zh-SG` write simplified 大写; `zh-TW`, `zh-Hant`, `zh-HK` Taiwan's traditional characters)
   * or Indonesian (`id`).
   */
  locale: string;
}

type WordsLanguage = 'en' | 'zh-CN' | 'zh-TW' | 'id';

function wordsLanguage(locale: string): WordsLanguage {
  // Intl.Locale throws a RangeError itself for a tag that is not well formed.
  const { language, script } = new Intl.Locale(locale).maximize();
  if (language === 'zh') return script === 'Hant' ? 'zh-TW' : 'zh-CN';
  if (language === 'en' || language === 'id') return language;
  throw new RangeError(`formatAmountInWords: no words for the locale "${locale}". It writes English, Chinese and Indonesian.`);
}

function supported(currency: string): currency is AmountInWordsCurrency {
  return (amountInWordsCurrencies as readonly string[]).includes(currency);
}

/**
 * An amount of money in words, as banks and cheques write it, to restate an amount
 * where it is confirmed: 大写金额 in Chinese (`"1250.00"` CNY in zh-CN is
 * 人民币壹仟贰佰伍拾元整; in zh-TW, TWD is 新臺幣壹仟貳佰伍拾元整), terbilang in Indonesian
 * (`"1250000"` IDR is "satu juta dua ratus lima puluh ribu rupiah"), and words in English
 * ("one thousand two hundred fifty dollars and five cents").
 *
 * The amount is a plain decimal string with a point and no grouping (`"1250.10"`, as
 * AmountField reports it); it is never converted to a floating-point number. Its decimals
 * may not outnumber the currency's minor units (2 for CNY, none for JPY and IDR), so nothing
 * is rounded. Pure: it runs on a server as well as in a browser.
 *
 * @throws RangeError for anything that is not a non-negative decimal string, more decimals
 * than the currency has, an amount of 10¹⁶ or more, or a currency or locale it cannot write.
 */
export function formatAmountInWords(amount: string, { currency, locale }: FormatAmountInWordsOptions): string {
  const language = wordsLanguage(locale);
  const code = currency.toUpperCase();
  if (!supported(code)) {
    throw new RangeError(
      `formatAmountInWords: no words for the currency "${currency}". It writes ${amountInWordsCurrencies.join(', ')}.`,
    );
  }
  if (/^[-\u2212]/.test(amount)) {
    throw new RangeError(`formatAmountInWords: "${amount}" is below zero. Amounts in words are written without a sign.`);
  }
  const parts = decimalParts(amount);
  if (!parts) {
    throw new RangeError(`formatAmountInWords: "${amount}" is not an amount. Give digits with an optional decimal point, such as "1250.10".`);
  }
  const digits = currencyDigits(code);
  if (parts.fraction.length > digits) {
    throw new RangeError(
      `formatAmountInWords: "${amount}" has more decimals than ${code} has (${digits}). It is not rounded.`,
    );
  }
  const total = minorUnits(parts, digits);
  const scale = 10n ** BigInt(digits);
  const whole = total / scale;
  if (whole >= wordsLimit) throw new RangeError(`formatAmountInWords: "${amount}" is too large to write in words.`);
  const value = { whole, minor: Number(total % scale), currency: code };
  if (language === 'en') return englishWords(value);
  if (language === 'id') return indonesianWords(value);
  return chineseWords(value, language);
}
