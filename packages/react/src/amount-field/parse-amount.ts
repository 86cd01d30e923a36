/** How a locale writes amounts of one currency. */
export interface AmountFormat {
  /** The grouping separator, such as "," in English or "." in Indonesian. */
  group: string;
  /** The decimal separator. */
  decimal: string;
  /** How many digits the currency has after the decimal separator (2 for CNY, 0 for JPY and IDR in practice). */
  fractionDigits: number;
  /** The symbol the locale shows, such as "¥", "NT$" or "Rp". */
  symbol: string;
  /** Every way the currency may be typed before the digits ("CN¥", "¥", "CNY"); they are ignored when reading. */
  aliases: string[];
  /** The currency's name in the locale, for screen readers. */
  name: string;
}

/** The result of reading what the user typed. */
export type AmountParse =
  | { status: 'empty' }
  | { status: 'valid'; value: number }
  | { status: 'invalid'; reason: 'notANumber' | 'tooManyDecimals' | 'negative' };

/** Reads the separators, decimals and names of a currency in a locale from `Intl`. */
export function amountFormat(locale: string, currency: string): AmountFormat {
  const currencyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency });
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
    fractionDigits: currencyFormat.resolvedOptions().maximumFractionDigits ?? 2,
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
  const whole = (match[1] ?? '').split(group || '\u0000').join('') || '0';
  const fraction = match[2] ?? '';
  if (fraction.length > format.fractionDigits) return { status: 'invalid', reason: 'tooManyDecimals' };
  const value = Number(`${whole}.${fraction || '0'}`);
  if (negative && value !== 0) return { status: 'invalid', reason: 'negative' };
  return { status: 'valid', value };
}

/** Writes an amount as the locale does, with grouping and the currency's decimals: 1250.5 → "1,250.50". */
export function formatAmount(value: number, locale: string, format: AmountFormat): string {
  return new Intl.NumberFormat(locale, {
    useGrouping: true,
    minimumFractionDigits: format.fractionDigits,
    maximumFractionDigits: format.fractionDigits,
  }).format(value);
}
