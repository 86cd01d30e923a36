import { canonicalDecimal, currencyDigits, decimalParts } from '../money/decimal';

/** How a locale writes amounts of one currency. */
export interface AmountFormat {
  /** The grouping separator, such as "," in English or "." in Indonesian. */
  group: string;
  /** The decimal separator. */
  decimal: string;
  /** How many digits the currency has after the decimal separator (2 for CNY, 0 for JPY and IDR). */
  fractionDigits: number;
  /** The symbol the locale shows, such as "¥", "NT$" or "Rp". */
  symbol: string;
  /** Every way the currency may be typed before the digits ("CN¥", "¥", "CNY"); they are ignored when reading. */
  aliases: string[];
  /** The currency's name in the locale, for screen readers. */
  name: string;
}

/**
 * The result of reading what the user typed. A valid amount is a decimal string with a
 * point and the currency's decimals ("1250.50", "1500000" for IDR), never a float.
 */
export type AmountParse =
  | { status: 'empty' }
  | { status: 'valid'; value: string }
  | { status: 'invalid'; reason: 'notANumber' | 'tooManyDecimals' | 'negative' };

/** Reads the separators, decimals and names of a currency in a locale from `Intl`. */
export function amountFormat(locale: string, currency: string): AmountFormat {
  const symbolOf = (display: 'symbol' | 'narrowSymbol' | 'code') =>
    new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: display })
      .formatToParts(1)
      .find((part) => part.type === 'currency')?.value ?? currency;
  // Separators from a plain number: a currency without decimals (IDR) has no decimal part to read.
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
  const find = (type: Intl.NumberFormatPartTypes) => parts.find((part) => part.type === type)?.value;
  let name = currency;
  try {
    name = new Intl.DisplayNames([locale], { type: 'currency' }).of(currency) ?? currency;
  } catch {
    // Intl.DisplayNames is missing in some older engines; the ISO code still names the currency.
  }
  return {
    group: find('group') ?? ',',
    decimal: find('decimal') ?? '.',
    fractionDigits: currencyDigits(currency),
    symbol: symbolOf('symbol'),
    // Longest first, so "CN¥" goes before "¥" would leave "CN" behind.
    aliases: [...new Set([symbolOf('symbol'), symbolOf('narrowSymbol'), symbolOf('code')])].sort((a, b) => b.length - a.length),
    name,
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Full-width digits and marks (typed with a Chinese input method) become their ASCII forms. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0C\uFF0E\uFF0D]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/**
 * Reads an amount as the locale writes it: "1,250.50" in English, "1.250,50" in
 * Indonesian. Grouping separators must sit between groups of three digits, so
 * "1250.50" typed in Indonesian is an error rather than 125050. Too many decimals
 * is an error too: nothing is rounded or changed without the user seeing it.
 */
export function parseAmount(input: string, format: AmountFormat): AmountParse {
  let text = halfWidth(input)
    .replace(/[\s\u00A0\u202F]/g, '');
  const alias = format.aliases.find((candidate) => text.startsWith(candidate));
  if (alias) text = text.slice(alias.length);
  if (text === '') return { status: 'empty' };
  // Some locales group with a (narrow) no-break space, which the user types as a plain space.
  const group = /\s/.test(format.group) ? '' : format.group;
  const negative = /^[-\u2212]/.test(text);
  if (negative) text = text.slice(1);
  const g = escape(group);
  const d = escape(format.decimal);
  const grouped = group ? `\\d{1,3}(?:${g}\\d{3})+` : '(?!)';
  const match = new RegExp(`^(\\d+|${grouped}|)(?:${d}(\\d*))?$`).exec(text);
  if (!match || (match[1] === '' && !match[2])) return { status: 'invalid', reason: 'notANumber' };
  const whole = (match[1] ?? '').split(group || '\u0000').join('').replace(/^0+(?=\d)/, '') || '0';
  const fraction = match[2] ?? '';
  if (fraction.length > format.fractionDigits) return { status: 'invalid', reason: 'tooManyDecimals' };
  if (negative && /[1-9]/.test(whole + fraction)) return { status: 'invalid', reason: 'negative' };
  return { status: 'valid', value: canonicalDecimal({ whole, fraction }, format.fractionDigits) };
}

/**
 * Writes a decimal string as the locale does, with grouping and the currency's decimals:
 * "1250.5" → "1,250.50" in English, "1.250,50" in Indonesian. Exact at any size: the whole
 * part is grouped as a bigint and the decimals are copied, never rounded.
 * @throws RangeError for a string that is not a plain decimal or has more decimals than the currency.
 */
export function formatAmount(value: string, locale: string, format: AmountFormat): string {
  const parts = decimalParts(value);
  if (!parts || parts.fraction.length > format.fractionDigits) {
    throw new RangeError(`formatAmount: "${value}" is not a decimal string with at most ${format.fractionDigits} decimals.`);
  }
  const whole = new Intl.NumberFormat(locale, { useGrouping: true }).format(BigInt(parts.whole));
  return format.fractionDigits > 0 ? `${whole}${format.decimal}${parts.fraction.padEnd(format.fractionDigits, '0')}` : whole;
}

/** An amount from outside (a `value` prop) in the form the field reports, so the two compare: "1250.5" → "1250.50". */
export function canonicalAmount(value: string, format: AmountFormat): string | undefined {
  const parts = decimalParts(value);
  return parts && parts.fraction.length <= format.fractionDigits ? canonicalDecimal(parts, format.fractionDigits) : undefined;
}
