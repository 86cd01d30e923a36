import type { AmountInWordsCurrency, AmountToWrite } from './currencies';

/*
 * Terbilang: Indonesian numbers in words as KBBI and the spelling rules (EYD V, "Penulisan
 * Angka dan Bilangan") write them. "se-" stands for one before puluh, belas, ratus and ribu
 * (sepuluh, sebelas, seratus, seribu) but not before juta, miliar or triliun (satu juta);
 * seribu only when the thousands are exactly one (101.000 is "seratus satu ribu").
 * The minor units follow the currency without a joining word, as in
 * "seratus dolar Amerika Serikat lima puluh sen".
 */

const digits = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
const scales = ['', 'ribu', 'juta', 'miliar', 'triliun', 'kuadriliun'];

const names: Record<AmountInWordsCurrency, { unit: string; minor?: string }> = {
  CNY: { unit: 'yuan', minor: 'fen' },
  HKD: { unit: 'dolar Hong Kong', minor: 'sen' },
  TWD: { unit: 'dolar Taiwan baru', minor: 'sen' },
  USD: { unit: 'dolar Amerika Serikat', minor: 'sen' },
  EUR: { unit: 'euro', minor: 'sen' },
  JPY: { unit: 'yen' },
  IDR: { unit: 'rupiah' },
};

/** 1 to 99: 10 → "sepuluh", 11 → "sebelas", 45 → "empat puluh lima". */
function belowHundred(value: number): string {
  if (value < 10) return digits[value]!;
  if (value === 10) return 'sepuluh';
  if (value === 11) return 'sebelas';
  if (value < 20) return `${digits[value - 10]} belas`;
  const ones = value % 10;
  return `${digits[Math.floor(value / 10)]} puluh${ones ? ` ${digits[ones]}` : ''}`;
}

/** 1 to 999: 100 → "seratus", 250 → "dua ratus lima puluh". */
function belowThousand(value: number): string {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const words: string[] = [];
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(`${digits[hundreds]} ratus`);
  if (rest > 0) words.push(belowHundred(rest));
  return words.join(' ');
}

/** Any whole number below 10¹⁸ in words, zero included. */
export function indonesianNumber(value: bigint): string {
  if (value === 0n) return digits[0]!;
  const words: string[] = [];
  for (let scale = 0, rest = value; rest > 0n; scale += 1, rest /= 1000n) {
    const group = Number(rest % 1000n);
    if (group === 0) continue;
    words.unshift(scale === 1 && group === 1 ? 'seribu' : belowThousand(group) + (scales[scale] ? ` ${scales[scale]}` : ''));
  }
  return words.join(' ');
}

/** Writes an amount as terbilang. */
export function indonesianWords({ whole, minor, currency }: AmountToWrite): string {
  const { unit, minor: minorName } = names[currency];
  const units = `${indonesianNumber(whole)} ${unit}`;
  if (minor === 0 || !minorName) return units;
  const minorWords = `${indonesianNumber(BigInt(minor))} ${minorName}`;
  return whole === 0n ? minorWords : `${units} ${minorWords}`;
}
