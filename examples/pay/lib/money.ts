import type { AppLocale } from './messages';

/**
 * Writes an amount of yuan kept as integer fen, with the locale's grouping and decimal
 * marks. Done by hand rather than with `Intl` so that the server (Node's ICU) and the
 * browser (Chromium's) write exactly the same characters and hydration never differs.
 */
export function formatYuan(fen: bigint, locale: AppLocale): string {
  const negative = fen < 0n;
  const digits = (negative ? -fen : fen).toString().padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'id' ? '.' : ',');
  const cents = digits.slice(-2);
  return `${negative ? '−' : ''}¥${whole}${locale === 'id' ? ',' : '.'}${cents}`;
}

/** Fen from a decimal string with at most two decimals ("1250.5" → 125050n); exact, never a float. */
export function toFen(amount: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (!match) throw new RangeError(`Not an amount of yuan: ${JSON.stringify(amount)}`);
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}
