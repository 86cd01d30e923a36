/*
 * Money as exact decimals: amounts travel as strings of digits ("1250.10") and are
 * split into whole and fraction digits or counted in minor units (bigint), never
 * converted to a floating-point number (ELDER-MODE.md, "Money, in words and exactly").
 */

/**
 * Currencies whose digits in use differ from what some engines report. ISO 4217 gives
 * the rupiah 2 minor units, but the sen is long out of use: prices, transfers and
 * cheques are in whole rupiah. Recent CLDR data (Node 20's ICU 78) already says 0,
 * older engines say 2; pinned here so a server and a browser agree.
 */
const digitsInUse: Readonly<Record<string, number>> = { IDR: 0 };

/**
 * How many digits a currency has after the decimal point: 2 for CNY, USD and TWD,
 * 0 for JPY and IDR. Read from `Intl.NumberFormat`, so it follows the engine's currency data.
 * @throws RangeError for a code that is not three letters.
 */
export function currencyDigits(currency: string): number {
  const code = currency.toUpperCase();
  return (
    digitsInUse[code] ??
    new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ??
    2
  );
}

/** A decimal amount as its digits: `"1250.1"` is `{ whole: '1250', fraction: '1' }`. */
export interface DecimalParts {
  /** The digits before the point, without leading zeros ("0" for none). */
  whole: string;
  /** The digits after the point, as written (may be empty). */
  fraction: string;
}

/** Reads a plain decimal string, such as `"1250.10"` or `"7"`; `undefined` for anything else (signs, separators, exponents, blanks). */
export function decimalParts(amount: string): DecimalParts | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(amount);
  if (!match) return undefined;
  return { whole: match[1]!.replace(/^0+(?=\d)/, ''), fraction: match[2] ?? '' };
}

/** The amount in minor units (fen, cents), exactly: `("1250.5", 2)` is `125050n`. The fraction must have no more than `digits` digits. */
export function minorUnits({ whole, fraction }: DecimalParts, digits: number): bigint {
  return BigInt(whole + fraction.padEnd(digits, '0'));
}

/** The canonical string of an amount with a currency's digits: `("1250.5", 2)` is `"1250.50"`, `("0100", 0)` is `"100"`. */
export function canonicalDecimal({ whole, fraction }: DecimalParts, digits: number): string {
  return digits > 0 ? `${whole}.${fraction.padEnd(digits, '0')}` : whole;
}
