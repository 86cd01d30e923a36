import type { AmountInWordsCurrency, AmountToWrite } from './currencies';

/*
 * English as cheques write amounts (US style): no "and" inside a number ("one hundred
 * five"), hyphens in twenty-one to ninety-nine (Chicago Manual of Style 9.7), short-scale
 * thousands (million, billion, trillion), and the minor units after "and":
 * "one thousand two hundred fifty dollars and five cents". A whole part of zero is left
 * out when there are minor units ("fifty cents").
 */

const small = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const scales = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion'];

/** A unit's name: one and more than one. */
type Name = readonly [one: string, other: string];

const names: Record<AmountInWordsCurrency, { unit: Name; minor?: Name }> = {
  CNY: { unit: ['yuan', 'yuan'], minor: ['fen', 'fen'] },
  HKD: { unit: ['Hong Kong dollar', 'Hong Kong dollars'], minor: ['cent', 'cents'] },
  TWD: { unit: ['New Taiwan dollar', 'New Taiwan dollars'], minor: ['cent', 'cents'] },
  USD: { unit: ['dollar', 'dollars'], minor: ['cent', 'cents'] },
  EUR: { unit: ['euro', 'euros'], minor: ['cent', 'cents'] },
  JPY: { unit: ['yen', 'yen'] },
  IDR: { unit: ['rupiah', 'rupiah'] },
};

/** 1 to 999: 105 → "one hundred five", 42 → "forty-two". */
function belowThousand(value: number): string {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const words: string[] = [];
  if (hundreds > 0) words.push(`${small[hundreds]} hundred`);
  if (rest >= 20) words.push(tens[Math.floor(rest / 10)]! + (rest % 10 ? `-${small[rest % 10]}` : ''));
  else if (rest > 0) words.push(small[rest]!);
  return words.join(' ');
}

/** Any whole number below 10¹⁸ in words, zero included. */
export function englishNumber(value: bigint): string {
  if (value === 0n) return small[0]!;
  const words: string[] = [];
  for (let scale = 0, rest = value; rest > 0n; scale += 1, rest /= 1000n) {
    const group = Number(rest % 1000n);
    if (group > 0) words.unshift(belowThousand(group) + (scales[scale] ? ` ${scales[scale]}` : ''));
  }
  return words.join(' ');
}

const named = (count: bigint, [one, other]: Name) => `${englishNumber(count)} ${count === 1n ? one : other}`;

/** Writes an amount in English words. */
export function englishWords({ whole, minor, currency }: AmountToWrite): string {
  const { unit, minor: minorName } = names[currency];
  if (minor === 0 || !minorName) return named(whole, unit);
  if (whole === 0n) return named(BigInt(minor), minorName);
  return `${named(whole, unit)} and ${named(BigInt(minor), minorName)}`;
}
