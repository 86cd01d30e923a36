export { formatAmountInWords } from './formatAmountInWords';
export type { FormatAmountInWordsOptions } from './formatAmountInWords';
export { amountInWordsCurrencies } from './currencies';
export type { AmountInWordsCurrency } from './currencies';
