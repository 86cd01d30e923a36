import { warnOnce } from '../internal/dev';
import { formatAmountInWords } from './formatAmountInWords';

/**
 * The words a component shows under an amount, or `undefined` where formatAmountInWords
 * has none (a currency or language it cannot write): the amount still shows, and
 * development builds say why the words are missing.
 */
export function wordsToShow(amount: string, currency: string, locale: string, component: string): string | undefined {
  try {
    return formatAmountInWords(amount, { currency, locale });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    if (process.env.NODE_ENV !== 'production') warnOnce(`${component}:${error.message}`, `${component}: ${error.message} The amount is shown without words.`);
    return undefined;
  }
}
