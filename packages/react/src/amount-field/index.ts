export { AmountField } from './AmountField';
export type { AmountDetails, AmountFieldProps } from './AmountField';
export { amountFormat, formatAmount, parseAmount } from './parse-amount';
export type { AmountFormat, AmountParse } from './parse-amount';
