import {
  AmountField,
  amountFormat,
  Button,
  Checkbox,
  formatAmount,
  FormErrorSummary,
  Heading,
  Inline,
  RadioGroup,
  RadioGroupItem,
  Stack,
  Text,
  TextArea,
  TextField,
  type AmountDetails,
  type FormError,
} from '@elder-ui/react';
import { useState, type ChangeEvent, type FormEvent } from 'react';

interface Values {
  name: string;
  account: string;
  /** The decimal string the amount field reports, such as "1250.50". */
  amount: string | null;
  amountDetails: AmountDetails;
  speed: string;
  message: string;
  checked: boolean;
}

const empty: Values = {
  name: '',
  account: '',
  amount: null,
  amountDetails: { status: 'empty', text: '', valueAsMinorUnits: null },
  speed: '',
  message: '',
  checked: false,
};

type Key = Exclude<keyof Values, 'amountDetails'>;

/** The id of a field's control: the error summary links to it. */
const fieldId = (key: Key) => `transfer-${key}`;

/** The checks a bank would make before the confirmation step, in plain words. */
function validate(values: Values): FormError[] {
  const errors: FormError[] = [];
  const add = (key: Key, message: string) => errors.push({ id: fieldId(key), message });
  if (!values.name.trim()) add('name', 'Enter the name of the person you are paying');
  if (!/^\d{16,19}$/.test(values.account.replace(/\s/g, ''))) add('account', 'Enter an account number of 16 to 19 digits');
  // Limits compare whole fen as bigints: exact, with no floating point.
  const fen = values.amountDetails.valueAsMinorUnits;
  if (values.amountDetails.status === 'invalid') {
    add('amount', values.amountDetails.error ?? 'Enter the amount in numbers');
  } else if (fen === null || fen <= 0n) {
    add('amount', 'Enter how much to send');
  } else if (fen > 5_000_000n) {
    add('amount', 'Send 50,000.00 or less in one day');
  }
  if (!values.speed) add('speed', 'Choose when the money should arrive');
  if (values.message.length > 100) add('message', 'Write a message of 100 characters or fewer');
  if (!values.checked) add('checked', 'Tick the box to say you have checked the details');
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
  const errorFor = (key: Key) => errors.find((error) => error.id === fieldId(key))?.message;
  /** What a text field of this form takes from its key: the id, the value, the change and the error. */
  const textProps = (key: 'name' | 'account' | 'message') => ({
    id: fieldId(key),
    value: values[key],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set({ [key]: event.target.value }),
    error: errorFor(key),
  });
  const reset = () => {
    setValues(empty);
    setErrors([]);
    setSent(null);
  };

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
          {...textProps('name')}
          label="Name of the person you are paying"
          hint="As it is written on their bank card"
          autoComplete="off"
          required
        />
        <TextField
          {...textProps('account')}
          label="Their account number"
          hint="16 to 19 digits. Spaces are fine."
          inputMode="numeric"
          autoComplete="off"
          width="medium"
          required
        />
        <AmountField
          id={fieldId('amount')}
          label="Amount"
          hint="Up to 50,000.00 a day"
          currency="CNY"
          required
          value={values.amount}
          onValueChange={(amount, amountDetails) => set({ amount, amountDetails })}
          error={errorFor('amount')}
        />
        <RadioGroup
          id={fieldId('speed')}
          label="When should the money arrive?"
          required
          value={values.speed}
          onValueChange={(speed) => set({ speed })}
          error={errorFor('speed')}
        >
          <RadioGroupItem value="now" label="Now" hint="Fee 2.00" />
          <RadioGroupItem value="tomorrow" label="Tomorrow" hint="No fee" />
        </RadioGroup>
        <TextArea
          {...textProps('message')}
          label="Message for them"
          hint="They see this with the money. Up to 100 characters."
          rows={3}
        />
        <Checkbox
          id={fieldId('checked')}
          label="I have checked the name, the account number and the amount"
          required
          checked={values.checked}
          onCheckedChange={(checked) => set({ checked: checked === true })}
          error={errorFor('checked')}
        />
        <Inline stackInElder>
          <Button type="submit">Continue</Button>
          <Button type="reset" tone="secondary" onClick={reset}>
            Start again
          </Button>
        </Inline>
        <div role="status">
          {sent ? (
            <Text size="large" weight="bold">
              Next, confirm: send {formatAmount(sent.amount ?? '0', 'en', amountFormat('en', 'CNY'))} yuan to {sent.name}
            </Text>
          ) : null}
        </div>
      </form>
    </Stack>
  );
}
