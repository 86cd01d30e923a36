/** The in-memory demo data: one account, its saved payees and its bills. */

export interface Payee {
  id: string;
  name: string;
  bank: string;
  /** The account number as printed on the card, kept as text. */
  account: string;
  /** True for someone never paid before: the transfer gets the new-payee warning. */
  isNew?: boolean;
}

export interface Bill {
  id: string;
  kind: 'water' | 'power' | 'phone';
  company: string;
  /** Fen, exactly. */
  amount: bigint;
  /** ISO date. */
  due: string;
  customerNumber: string;
}

export const startingBalance = 1_258_050n; // ¥12,580.50

/** Transfers above this many fen get the large-amount warning (¥5,000.00). */
export const largeAmount = 500_000n;

/** The demo's PIN. A real app checks it on its server; this one has none. */
export const demoPin = '246810';

/** Wrong PINs allowed before sending locks. */
export const pinAttempts = 3;

export const savedPayees: readonly Payee[] = [
  { id: 'wang', name: 'Wang Xiaoming', bank: 'Industrial and Commercial Bank of China', account: '6222 0202 0000 1234' },
  { id: 'li', name: 'Li Na', bank: 'Bank of China', account: '6217 8500 0000 5678' },
  { id: 'chen', name: 'Chen Mei', bank: 'China Construction Bank', account: '6227 0000 0000 9012' },
  { id: 'siti', name: 'Siti Rahayu', bank: 'Bank Rakyat Indonesia', account: '0022 0100 0123 4567' },
];

export const bills: readonly Bill[] = [
  { id: 'water', kind: 'water', company: 'City Water', amount: 6_840n, due: '2026-12-05', customerNumber: '3100 4412 07' },
  { id: 'power', kind: 'power', company: 'State Grid', amount: 21_355n, due: '2026-12-08', customerNumber: '0566 1290 33' },
  { id: 'phone', kind: 'phone', company: 'China Mobile', amount: 5_800n, due: '2026-12-12', customerNumber: '138 0013 8000' },
];

/** The arrival choices of a transfer, as Alipay offers them. */
export const arrivals = ['now', '2h', '24h'] as const;
export type Arrival = (typeof arrivals)[number];
