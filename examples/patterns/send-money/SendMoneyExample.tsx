'use client';
import { Alert, AmountField, Button, ConfirmAction, Heading, RiskWarning, Stack, TextField } from '@elder-ui/react';
import { useId, useState, type FormEvent } from 'react';

/** Props of {@link SendMoneyExample}. */
export interface SendMoneyExampleProps {
  /**
   * The payee filled in at first.
   * @default ''
   */
  defaultRecipient?: string;
  /**
   * The amount filled in at first, as a decimal string such as `'1250.00'`.
   * @default ''
   */
  defaultAmount?: string;
  /**
   * Called when the money is sent, with the amount as a decimal string.
   * @default undefined
   */
  onSent?: (transfer: { recipient: string; amount: string }) => void;
}

/** An amount string is above zero when any of its digits is not 0: no floating point needed. */
const aboveZero = (amount: string) => /[1-9]/.test(amount);

/**
 * A simple transfer built from the kit's parts: who, how much, a fraud warning,
 * a confirmation that restates both and needs a deliberate tick, then a success notice.
 */
export function SendMoneyExample({ defaultRecipient = '', defaultAmount = '', onSent }: SendMoneyExampleProps) {
  const headingId = useId();
  const [recipient, setRecipient] = useState(defaultRecipient);
  // The amount field reports a decimal string with the yuan's two decimals ("1250.00"), never a float.
  const [amount, setAmount] = useState<string | null>(defaultAmount || null);
  const [problem, setProblem] = useState<'recipient' | 'amount' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [sent, setSent] = useState<{ recipient: string; amount: string } | null>(null);

  const amountText = amount === null ? '' : `¥${amount}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(null);
    if (!recipient.trim()) return setProblem('recipient');
    if (amount === null || !aboveZero(amount)) return setProblem('amount');
    setProblem(null);
    setConfirming(true);
  };

  return (
    <Stack gap="lg" asChild>
      <section aria-labelledby={headingId} style={{ maxWidth: '36rem' }}>
        <Heading level={2} id={headingId}>
          Send money
        </Heading>
        {sent ? (
          <Alert tone="success" title="Money sent">
            {`¥${sent.amount} is on its way to ${sent.recipient}.`}
          </Alert>
        ) : null}
        <Stack gap="lg" asChild>
          <form noValidate onSubmit={submit}>
            <TextField
              label="Who gets the money"
              hint="Their name as it is on their bank account."
              autoComplete="off"
              value={recipient}
              onChange={(event) => setRecipient(event.target.value)}
              error={problem === 'recipient' ? 'Enter who gets the money.' : undefined}
            />
            <AmountField
              label="Amount in yuan"
              hint="For example 1250.00"
              currency="CNY"
              defaultValue={defaultAmount || null}
              onValueChange={setAmount}
              showWords
              error={problem === 'amount' ? 'Enter an amount in numbers, such as 1250.00.' : undefined}
            />
            <RiskWarning helpHref="tel:96110" helpLabel="Call the anti-fraud line: 96110">
              Banks and the police never ask you to move money to a “safe account”. If someone on the phone told you to
              make this payment, stop now.
            </RiskWarning>
            <Button type="submit">Continue</Button>
          </form>
        </Stack>
        <ConfirmAction
          open={confirming}
          onOpenChange={setConfirming}
          title="Send this money?"
          details={[
            { label: 'Amount', value: amountText, inWords: amount === null ? undefined : { amount, currency: 'CNY' } },
            { label: 'To', value: recipient },
          ]}
          consequence="The money leaves your account at once. It cannot be taken back."
          confirmLabel={`Send ${amountText}`}
          onConfirm={() => {
            if (amount === null) return;
            const transfer = { recipient, amount };
            setSent(transfer);
            onSent?.(transfer);
          }}
        />
      </section>
    </Stack>
  );
}
