'use client';
import {
  ActionList,
  Alert,
  AmountField,
  Button,
  CodeField,
  ConfirmAction,
  Heading,
  Inline,
  ListRow,
  RadioGroup,
  RadioGroupItem,
  RiskWarning,
  SearchField,
  Stack,
  SummaryList,
  SummaryListAction,
  SummaryListRow,
  Text,
  TextField,
  type AmountDetails,
} from '@elder-ui/react';
import { PlusIcon, UserIcon } from '@elder-ui/icons';
import Link from 'next/link';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useApp, type Transfer } from '../../lib/app-context';
import { arrivals, demoPin, largeAmount, pinAttempts, savedPayees, type Arrival, type Payee } from '../../lib/demo';
import type { AppMessages } from '../../lib/messages';
import { formatYuan } from '../../lib/money';

type Step = 'payee' | 'amount' | 'check' | 'pin' | 'receipt';
const numbered: Step[] = ['payee', 'amount', 'check', 'pin'];

/** The longest payee name the bank takes. */
const nameLimit = 40;

const arrivalWords = (t: AppMessages): Record<Arrival, string> => ({ now: t.arrivalNow, '2h': t.arrival2h, '24h': t.arrival24h });

/**
 * Send money, one decision per step: who, how much (with a specific warning and a delayed
 * arrival for a new payee or a large amount), check your answers, confirm, PIN, receipt.
 * The amount stays the decimal string the field reported; nothing rounds it.
 */
export function SendMoney() {
  const { t, locale, balance, addTransfer, transfers } = useApp();
  const [step, setStep] = useState<Step>('payee');
  const [payee, setPayee] = useState<Payee | null>(null);
  const [amount, setAmount] = useState<string | null>(null);
  const [fen, setFen] = useState<bigint | null>(null);
  const [arrival, setArrival] = useState<Arrival>('now');
  const [sent, setSent] = useState<Transfer | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Each new step says where the person is: focus moves to its heading.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [step]);

  const risky = payee !== null && (payee.isNew === true || (fen !== null && fen > largeAmount));
  const titles: Record<Step, string> = {
    payee: t.stepPayee,
    amount: t.stepAmount,
    check: t.stepCheck,
    pin: t.stepPin,
    receipt: t.receiptTitle,
  };
  const number = numbered.indexOf(step) + 1;

  return (
    <Stack gap="lg">
      <Heading level={1} size="display">
        {t.sendTitle}
      </Heading>
      <Stack gap="xs">
        {number > 0 ? <Text tone="muted">{t.stepOf(number, numbered.length)}</Text> : null}
        <Heading level={2} ref={stepHeading} tabIndex={-1}>
          {titles[step]}
        </Heading>
      </Stack>
      {step === 'payee' ? (
        <PayeeStep
          onChoose={(chosen) => {
            setPayee(chosen);
            setStep('amount');
          }}
        />
      ) : null}
      {step === 'amount' && payee ? (
        <AmountStep
          payee={payee}
          amount={amount}
          arrival={arrival}
          risky={risky}
          fen={fen}
          onAmount={(value, minor) => {
            setAmount(value);
            setFen(minor);
          }}
          onArrival={setArrival}
          onBack={() => setStep('payee')}
          onNext={() => setStep('check')}
        />
      ) : null}
      {step === 'check' && payee && amount !== null && fen !== null ? (
        <CheckStep
          payee={payee}
          amount={amount}
          fen={fen}
          arrival={arrival}
          onChange={setStep}
          onConfirmed={() => setStep('pin')}
        />
      ) : null}
      {step === 'pin' && payee && amount !== null && fen !== null ? (
        <PinStep
          onBack={() => setStep('check')}
          onRight={() => {
            const transfer: Transfer = {
              payee: payee.name,
              account: payee.account,
              amount,
              fen,
              arrival,
              reference: `EP-20261130-${String(transfers.length + 1).padStart(4, '0')}`,
            };
            addTransfer(transfer);
            setSent(transfer);
            setStep('receipt');
          }}
        />
      ) : null}
      {step === 'receipt' && sent ? (
        <Stack gap="lg">
          <Alert tone="success" title={t.receiptTitle}>
            {t.receiptBody(formatYuan(sent.fen, locale), sent.payee)}
          </Alert>
          <SummaryList>
            <SummaryListRow term={t.summaryTo}>{sent.payee}</SummaryListRow>
            <SummaryListRow term={t.summaryAmount}>{formatYuan(sent.fen, locale)}</SummaryListRow>
            <SummaryListRow term={t.receiptArrives}>{arrivalWords(t)[sent.arrival]}</SummaryListRow>
            <SummaryListRow term={t.receiptReference}>{sent.reference}</SummaryListRow>
          </SummaryList>
          <Text tone="muted">{formatYuan(balance, locale)}</Text>
          <Inline stackInElder>
            <Button asChild>
              <Link href="/">{t.backHome}</Link>
            </Button>
            <Button
              tone="secondary"
              onClick={() => {
                setPayee(null);
                setAmount(null);
                setFen(null);
                setArrival('now');
                setSent(null);
                setStep('payee');
              }}
            >
              {t.sendAgain}
            </Button>
          </Inline>
        </Stack>
      ) : null}
    </Stack>
  );
}

function PayeeStep({ onChoose }: { onChoose: (payee: Payee) => void }) {
  const { t } = useApp();
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [account, setAccount] = useState('');
  const [problems, setProblems] = useState<{ name?: string; account?: string }>({});
  const listId = useId();
  const nameField = useRef<HTMLInputElement>(null);

  const words = query.trim().toLowerCase();
  const found = savedPayees.filter((payee) => !words || `${payee.name} ${payee.bank}`.toLowerCase().includes(words));

  const addNew = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    const digits = account.replace(/[\s-]/g, '');
    const next: typeof problems = {};
    if (!trimmed) next.name = t.nameMissing;
    else if ([...trimmed].length > nameLimit) next.name = t.nameTooLong([...trimmed].length);
    if (!/^\d{16,19}$/.test(digits)) next.account = t.accountInvalid;
    setProblems(next);
    if (next.name || next.account) {
      (document.getElementById(next.name ? 'new-payee-name' : 'new-payee-account') as HTMLInputElement | null)?.focus();
      return;
    }
    onChoose({ id: 'new', name: trimmed, bank: '', account: digits.replace(/(\d{4})(?=\d)/g, '$1 '), isNew: true });
  };

  return (
    <Stack gap="lg">
      <SearchField label={t.searchPayees} hint={t.searchPayeesHint} value={query} onValueChange={setQuery} resultCount={found.length} />
      <Stack gap="sm">
        <Heading level={3} id={listId}>
          {t.savedPayees}
        </Heading>
        {found.length === 0 ? <Text>{t.noPayees}</Text> : null}
        <ActionList aria-labelledby={listId}>
          {found.map((payee) => (
            <ListRow
              key={payee.id}
              icon={<UserIcon />}
              title={payee.name}
              description={`${payee.bank} · ${payee.account.slice(-4)}`}
              onClick={() => onChoose(payee)}
            />
          ))}
        </ActionList>
      </Stack>
      <ActionList aria-label={t.newPayee}>
        <ListRow
          icon={<PlusIcon />}
          title={t.newPayee}
          description={t.newPayeeHint}
          aria-expanded={adding}
          onClick={() => {
            setAdding(true);
            requestAnimationFrame(() => nameField.current?.focus());
          }}
        />
      </ActionList>
      {adding ? (
        <Stack gap="lg" asChild>
          <form noValidate onSubmit={addNew} aria-label={t.newPayee}>
            <TextField
              ref={nameField}
              id="new-payee-name"
              label={t.newPayeeName}
              hint={t.newPayeeNameHint}
              autoComplete="off"
              value={name}
              onChange={(event) => setName(event.target.value)}
              error={problems.name}
            />
            <TextField
              id="new-payee-account"
              label={t.newPayeeAccount}
              hint={t.newPayeeAccountHint}
              inputMode="numeric"
              autoComplete="off"
              width="medium"
              value={account}
              onChange={(event) => setAccount(event.target.value)}
              error={problems.account}
            />
            <Button type="submit">{t.continue}</Button>
          </form>
        </Stack>
      ) : null}
    </Stack>
  );
}

interface AmountStepProps {
  payee: Payee;
  amount: string | null;
  fen: bigint | null;
  arrival: Arrival;
  risky: boolean;
  onAmount: (amount: string | null, fen: bigint | null) => void;
  onArrival: (arrival: Arrival) => void;
  onBack: () => void;
  onNext: () => void;
}

function AmountStep({ payee, amount, fen, arrival, risky, onAmount, onArrival, onBack, onNext }: AmountStepProps) {
  const { t, locale, balance } = useApp();
  const [details, setDetails] = useState<AmountDetails | null>(null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const words = arrivalWords(t);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    let error: string | undefined;
    if (details?.status === 'invalid') error = details.error;
    else if (amount === null || fen === null) error = t.amountMissing;
    else if (fen <= 0n) error = t.amountZero;
    else if (fen > balance) error = t.amountOverBalance(formatYuan(balance, locale));
    setProblem(error);
    if (error) {
      document.getElementById('amount')?.focus();
      return;
    }
    onNext();
  };

  return (
    <Stack gap="lg" asChild>
      <form noValidate onSubmit={submit}>
        <Text>
          {t.summaryTo}: <strong>{payee.name}</strong>
          {payee.isNew ? ` (${t.summaryNewPayee})` : null}
        </Text>
        <AmountField
          id="amount"
          label={t.amountLabel}
          hint={t.amountHint(formatYuan(balance, locale))}
          currency="CNY"
          defaultValue={amount}
          showWords
          error={problem}
          onValueChange={(value, next) => {
            setDetails(next);
            onAmount(value, next.valueAsMinorUnits);
            if (problem) setProblem(undefined);
          }}
        />
        {risky ? (
          <>
            <RiskWarning title={payee.isNew ? t.riskNewPayee : t.riskLarge} helpHref="tel:96110" helpLabel={t.riskHelp}>
              {t.riskBody}
            </RiskWarning>
            <RadioGroup
              label={t.arrivalLabel}
              hint={t.arrivalHint}
              value={arrival}
              onValueChange={(value) => onArrival(value as Arrival)}
            >
              {arrivals.map((choice) => (
                <RadioGroupItem key={choice} value={choice} label={words[choice]} />
              ))}
            </RadioGroup>
          </>
        ) : null}
        <Inline stackInElder>
          <Button type="submit">{t.continue}</Button>
          <Button type="button" tone="secondary" onClick={onBack}>
            {t.back}
          </Button>
        </Inline>
      </form>
    </Stack>
  );
}

interface CheckStepProps {
  payee: Payee;
  amount: string;
  fen: bigint;
  arrival: Arrival;
  onChange: (step: Step) => void;
  onConfirmed: () => void;
}

function CheckStep({ payee, amount, fen, arrival, onChange, onConfirmed }: CheckStepProps) {
  const { t, locale } = useApp();
  const money = formatYuan(fen, locale);
  const words = arrivalWords(t);
  // A link back to the question, as the kit draws it; the step changes here instead of the page.
  const change = (step: Step) => (
    <SummaryListAction
      href={`#${step}`}
      onClick={(event) => {
        event.preventDefault();
        onChange(step);
      }}
    />
  );
  return (
    <Stack gap="lg">
      <SummaryList>
        <SummaryListRow term={t.summaryTo} action={change('payee')}>
          {payee.name}
          {payee.isNew ? ` (${t.summaryNewPayee})` : null}
        </SummaryListRow>
        <SummaryListRow term={t.summaryAccount}>{payee.account}</SummaryListRow>
        <SummaryListRow term={t.summaryAmount} action={change('amount')}>
          {money}
        </SummaryListRow>
        <SummaryListRow term={t.summaryArrives} action={change('amount')}>
          {words[arrival]}
        </SummaryListRow>
      </SummaryList>
      <ConfirmAction
        title={t.confirmTitle}
        details={[
          { label: t.summaryAmount, value: money, inWords: { amount, currency: 'CNY' } },
          { label: t.summaryTo, value: payee.name },
          { label: t.summaryArrives, value: words[arrival] },
        ]}
        consequence={arrival === 'now' ? t.consequenceNow : t.consequenceLater}
        confirmLabel={t.sendButton(money)}
        onConfirm={onConfirmed}
      >
        <Button>{t.sendButton(money)}</Button>
      </ConfirmAction>
    </Stack>
  );
}

function PinStep({ onBack, onRight }: { onBack: () => void; onRight: () => void }) {
  const { t, wrongPins, addWrongPin } = useApp();
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const locked = wrongPins >= pinAttempts;
  const lockNotice = useRef<HTMLDivElement>(null);
  // The PIN field goes away when sending locks: focus goes to the words that say why.
  useEffect(() => {
    if (locked) lockNotice.current?.focus();
  }, [locked]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (locked) return;
    if (pin.length < demoPin.length) {
      setProblem(t.pinIncomplete);
      document.getElementById('pin')?.focus();
      return;
    }
    if (pin !== demoPin) {
      addWrongPin();
      const left = pinAttempts - wrongPins - 1;
      setProblem(left > 0 ? t.pinWrong(left) : undefined);
      setPin('');
      if (left > 0) document.getElementById('pin')?.focus();
      return;
    }
    onRight();
  };

  return (
    <Stack gap="lg" asChild>
      <form noValidate onSubmit={submit}>
        {locked ? (
          <Alert ref={lockNotice} tabIndex={-1} tone="danger" title={t.pinLocked} />
        ) : (
          <CodeField
            id="pin"
            label={t.pinLabel}
            hint={t.pinHint}
            length={demoPin.length}
            masked
            autoComplete="current-password"
            value={pin}
            onValueChange={(value) => {
              setPin(value);
              if (problem) setProblem(undefined);
            }}
            error={problem}
          />
        )}
        <Inline stackInElder>
          {locked ? (
            <Button asChild>
              <Link href="/">{t.backHome}</Link>
            </Button>
          ) : (
            <Button type="submit">{t.payNow}</Button>
          )}
          <Button type="button" tone="secondary" onClick={onBack}>
            {t.back}
          </Button>
        </Inline>
      </form>
    </Stack>
  );
}
