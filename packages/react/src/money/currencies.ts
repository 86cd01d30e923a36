/** The currencies {@link formatAmountInWords} writes in every locale it supports. */
export const amountInWordsCurrencies = ['CNY', 'HKD', 'TWD', 'USD', 'EUR', 'JPY', 'IDR'] as const;

/** One of {@link amountInWordsCurrencies}. */
export type AmountInWordsCurrency = (typeof amountInWordsCurrencies)[number];

/** What a language writer is given: the whole part and the minor units, both exact, and the currency. */
export interface AmountToWrite {
  /** The whole units, such as yuan or dollars. */
  whole: bigint;
  /** The minor units below one whole unit, 0 to 99 (fen, cents); 0 for a currency without them. */
  minor: number;
  currency: AmountInWordsCurrency;
}

/** The largest whole amount written in words: below 10¹⁶ (one 亿亿, ten quadrillion, sepuluh kuadriliun). */
export const wordsLimit = 10n ** 16n;
