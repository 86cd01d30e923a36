'use client';
import { vars } from '@elder-ui/tokens';
import { useId, useState, type CSSProperties, type FormEvent } from 'react';
import { Alert, RiskWarning } from '../alert';
import { Button } from '../button';
import { ConfirmAction } from '../confirm-action';

// Plain labelled native inputs, styled inline with tokens: the kit's form
// components are being built separately, and this story must not wait for them.
const field: CSSProperties = { display: 'flex', flexDirection: 'column', gap: vars.space.xs };
const label: CSSProperties = { fontSize: vars.fontSize.action, fontWeight: vars.fontWeight.bold, lineHeight: vars.lineHeight.heading };
const hint: CSSProperties = { margin: 0, fontSize: vars.fontSize.small, color: vars.color.fg.muted };
const input: CSSProperties = {
  boxSizing: 'border-box',
  minHeight: vars.target.control,
  paddingInline: vars.space.md,
  border: `${vars.border.control} solid ${vars.color.border.control}`,
  borderRadius: vars.radius.md,
  backgroundColor: vars.color.bg.canvas,
  color: vars.color.fg.default,
  font: 'inherit',
  fontSize: vars.fontSize.action,
};
const error: CSSProperties = { margin: 0, fontWeight: vars.fontWeight.bold, color: vars.color.fg.danger };

/** Props of {@link SendMoneyExample}. */
export interface SendMoneyExampleProps {
  /**
   * The payee filled in at first.
   * @default ''
   */
  defaultRecipient?: string;
  /**
   * The amount filled in at first.
   * @default ''
   */
  defaultAmount?: string;
  /**
   * Called when the money is sent.
   * @default undefined
   */
  onSent?: (transfer: { recipient: string; amount: string }) => void;
}

/**
 * A simple transfer: who, how much, a fraud warning, a confirmation that
 * restates both and needs a deliberate tick, then a success notice.
 */
export function SendMoneyExample({ defaultRecipient = '', defaultAmount = '', onSent }: SendMoneyExampleProps) {
  const id = useId();
  const [recipient, setRecipient] = useState(defaultRecipient);
  const [amount, setAmount] = useState(defaultAmount);
  const [problem, setProblem] = useState<'recipient' | 'amount' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [sent, setSent] = useState<{ recipient: string; amount: string } | null>(null);

  const amountText = `¥${amount}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(null);
    if (!recipient.trim()) return setProblem('recipient');
    if (!/^\d+(\.\d{1,2})?$/.test(amount.trim()) || Number(amount) <= 0) return setProblem('amount');
    setProblem(null);
    setConfirming(true);
  };

  return (
    <section aria-labelledby={`${id}-heading`} style={{ display: 'flex', flexDirection: 'column', gap: vars.space.lg, maxWidth: '36rem' }}>
      <h2 id={`${id}-heading`} style={{ margin: 0, fontSize: vars.fontSize.heading, lineHeight: vars.lineHeight.heading }}>
        Send money
      </h2>
      {sent ? (
        <Alert tone="success" title="Money sent">
          {`¥${sent.amount} is on its way to ${sent.recipient}.`}
        </Alert>
      ) : null}
      <form noValidate onSubmit={submit} style={{ display: 'flex', flexDirection: 'column', gap: vars.space.lg }}>
        <div style={field}>
          <label htmlFor={`${id}-recipient`} style={label}>
            Who gets the money
          </label>
          <p id={`${id}-recipient-hint`} style={hint}>
            Their name as it is on their bank account.
          </p>
          <input
            id={`${id}-recipient`}
            style={input}
            autoComplete="off"
            value={recipient}
            aria-describedby={`${id}-recipient-hint${problem === 'recipient' ? ` ${id}-recipient-error` : ''}`}
            aria-invalid={problem === 'recipient' || undefined}
            onChange={(event) => setRecipient(event.target.value)}
          />
          {problem === 'recipient' ? (
            <p id={`${id}-recipient-error`} style={error}>
              Enter who gets the money.
            </p>
          ) : null}
        </div>
        <div style={field}>
          <label htmlFor={`${id}-amount`} style={label}>
            Amount in yuan
          </label>
          <p id={`${id}-amount-hint`} style={hint}>
            For example 1250.00
          </p>
          <input
            id={`${id}-amount`}
            style={input}
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            aria-describedby={`${id}-amount-hint${problem === 'amount' ? ` ${id}-amount-error` : ''}`}
            aria-invalid={problem === 'amount' || undefined}
            onChange={(event) => setAmount(event.target.value)}
          />
          {problem === 'amount' ? (
            <p id={`${id}-amount-error`} style={error}>
              Enter an amount in numbers, such as 1250.00.
            </p>
          ) : null}
        </div>
        <RiskWarning helpHref="tel:96110" helpLabel="Call the anti-fraud line: 96110">
          <p>
            Banks and the police never ask you to move money to a “safe account”. If someone on the phone told you to
            make this payment, stop now.
          </p>
        </RiskWarning>
        <Button type="submit">Continue</Button>
      </form>
      <ConfirmAction
        open={confirming}
        onOpenChange={setConfirming}
        title="Send this money?"
        details={[
          { label: 'Amount', value: amountText },
          { label: 'To', value: recipient },
        ]}
        consequence="The money leaves your account at once. It cannot be taken back."
        confirmLabel={`Send ${amountText}`}
        onConfirm={() => {
          const transfer = { recipient, amount };
          setSent(transfer);
          onSent?.(transfer);
        }}
      />
    </section>
  );
}
