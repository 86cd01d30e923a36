import { useState, type FormEvent } from 'react';
import { AmountField, amountFormat, formatAmount, type AmountDetails } from '../amount-field';
import { Button } from '../button';
import { Checkbox } from '../checkbox';
import { FormErrorSummary, type FormError } from '../field';
import { Heading } from '../heading';
import { RadioGroup, RadioGroupItem } from '../radio-group';
import { Inline, Stack } from '../stack';
import { Text } from '../text';
import { TextArea, TextField } from '../text-field';

interface Values {
  name: string;
  account: string;
  amount: number | null;
  amountDetails: AmountDetails;
  speed: string;
  message: string;
  checked: boolean;
}

const empty: Values = {
  name: '',
  account: '',
  amount: null,
  amountDetails: { status: 'empty', text: '' },
  speed: '',
  message: '',
  checked: false,
};

/** The checks a bank would make before the confirmation step, in plain words. */
function validate(values: Values): FormError[] {
  const errors: FormError[] = [];
  if (!values.name.trim()) errors.push({ id: 'transfer-name', message: 'Enter the name of the person you are paying' });
  const digits = values.account.replace(/\s/g, '');
  if (!/^\d{16,19}$/.test(digits)) {
    errors.push({ id: 'transfer-account', message: 'Enter an account number of 16 to 19 digits' });
  }
  if (values.amountDetails.status === 'invalid') {
    errors.push({ id: 'transfer-amount', message: values.amountDetails.error ?? 'Enter the amount in numbers' });
  } else if (values.amount === null || values.amount <= 0) {
    errors.push({ id: 'transfer-amount', message: 'Enter how much to send' });
  } else if (values.amount > 50000) {
    errors.push({ id: 'transfer-amount', message: 'Send 50,000.00 or less in one day' });
  }
  if (!values.speed) errors.push({ id: 'transfer-speed', message: 'Choose when the money should arrive' });
  if (values.message.length > 100) errors.push({ id: 'transfer-message', message: 'Write a message of 100 characters or fewer' });
  if (!values.checked) errors.push({ id: 'transfer-checked', message: 'Tick the box to say you have checked the details' });
  return errors;
}

/**
 * A money transfer form built only from the kit's form components and Button:
 * the fixture of the "Transfer form" story and of its keyboard and size tests.
 */
export function TransferFormExample() {
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [sent, setSent] = useState<Values | null>(null);
  const set = (patch: Partial<Values>) => setValues((current) => ({ ...current, ...patch }));
  const errorFor = (id: string) => errors.find((error) => error.id === id)?.message;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    if (found.length > 0) {
      setSent(null);
      setSubmitCount((count) => count + 1);
    } else {
      setSent(values);
    }
  };

  return (
    <Stack gap="xl" asChild>
      <form noValidate onSubmit={onSubmit} aria-labelledby="transfer-title" style={{ maxWidth: '36rem' }}>
        <Heading level={1} size="display" id="transfer-title">
          Send money
        </Heading>
        <FormErrorSummary errors={errors} submitCount={submitCount} />
        <TextField
          id="transfer-name"
          label="Name of the person you are paying"
          hint="As it is written on their bank card"
          autoComplete="off"
          required
          value={values.name}
          onChange={(event) => set({ name: event.target.value })}
          error={errorFor('transfer-name')}
        />
        <TextField
          id="transfer-account"
          label="Their account number"
          hint="16 to 19 digits. Spaces are fine."
          inputMode="numeric"
          autoComplete="off"
          width="medium"
          required
          value={values.account}
          onChange={(event) => set({ account: event.target.value })}
          error={errorFor('transfer-account')}
        />
        <AmountField
          id="transfer-amount"
          label="Amount"
          hint="Up to 50,000.00 a day"
          currency="CNY"
          required
          value={values.amount}
          onValueChange={(amount, amountDetails) => set({ amount, amountDetails })}
          error={errorFor('transfer-amount')}
        />
        <RadioGroup
          id="transfer-speed"
          label="When should the money arrive?"
          required
          value={values.speed}
          onValueChange={(speed) => set({ speed })}
          error={errorFor('transfer-speed')}
        >
          <RadioGroupItem value="now" label="Now" hint="Fee 2.00" />
          <RadioGroupItem value="tomorrow" label="Tomorrow" hint="No fee" />
        </RadioGroup>
        <TextArea
          id="transfer-message"
          label="Message for them"
          hint="They see this with the money. Up to 100 characters."
          rows={3}
          value={values.message}
          onChange={(event) => set({ message: event.target.value })}
          error={errorFor('transfer-message')}
        />
        <Checkbox
          id="transfer-checked"
          label="I have checked the name, the account number and the amount"
          required
          checked={values.checked}
          onCheckedChange={(checked) => set({ checked: checked === true })}
          error={errorFor('transfer-checked')}
        />
        <Inline stackInElder>
          <Button type="submit">Continue</Button>
          <Button type="reset" tone="secondary" onClick={() => (setValues(empty), setErrors([]), setSent(null))}>
            Start again
          </Button>
        </Inline>
        <div role="status">
          {sent ? (
            <Text size="large" weight="bold">
              Next, confirm: send {formatAmount(sent.amount ?? 0, 'en', amountFormat('en', 'CNY'))} yuan to {sent.name}
            </Text>
          ) : null}
        </div>
      </form>
    </Stack>
  );
}
