'use client';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { startingBalance, type Arrival } from './demo';
import { appMessages, type AppLocale, type AppMessages } from './messages';

/** One transfer made in this session. */
export interface Transfer {
  payee: string;
  account: string;
  /** The decimal string the amount field reported, kept as it was typed and checked: "1250.00". */
  amount: string;
  fen: bigint;
  arrival: Arrival;
  reference: string;
}

interface AppState {
  locale: AppLocale;
  t: AppMessages;
  balance: bigint;
  transfers: readonly Transfer[];
  /** Records a sent transfer and takes it off the balance. */
  addTransfer(transfer: Transfer): void;
  /** Wrong PINs so far; at three, sending is locked for the rest of the session. */
  wrongPins: number;
  addWrongPin(): void;
  /** Whether the first-visit elder-mode prompt has been answered (here or on an earlier visit). */
  prompted: boolean;
  setPrompted(): void;
}

const AppContext = createContext<AppState | null>(null);

/** The demo's in-memory state, kept above the pages so moving between them loses nothing. */
export function AppProvider({ locale, prompted: promptedBefore, children }: { locale: AppLocale; prompted: boolean; children: ReactNode }) {
  const [balance, setBalance] = useState(startingBalance);
  const [transfers, setTransfers] = useState<Transfer[]>([]);
  const [wrongPins, setWrongPins] = useState(0);
  const [prompted, setPromptedState] = useState(promptedBefore);
  const value: AppState = {
    locale,
    t: appMessages[locale],
    balance,
    transfers,
    addTransfer(transfer) {
      setTransfers((list) => [...list, transfer]);
      setBalance((current) => current - transfer.fen);
    },
    wrongPins,
    addWrongPin: () => setWrongPins((count) => count + 1),
    prompted,
    setPrompted() {
      document.cookie = `pay-prompted=1; Path=/; Max-Age=${400 * 24 * 60 * 60}; SameSite=Lax`;
      setPromptedState(true);
    },
  };
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

export function useApp(): AppState {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp() needs the AppProvider of the root layout above it.');
  return value;
}
