import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type FormEvent } from 'react';
import { describe, expect, it } from 'vitest';
import { AmountField } from '../amount-field';
import { Checkbox, CheckboxGroup } from '../checkbox';
import { PasswordField } from '../password-field';
import { RadioGroup, RadioGroupItem } from '../radio-group';
import { Select, SelectItem } from '../select';
import { Switch } from '../switch';
import { TextArea, TextField } from '../text-field';
import { FormErrorSummary, useFormErrors, type FormError } from './FormErrorSummary';

/** One form with every form control of the kit, as an app would write it. */
function EveryControl({ onData }: { onData: (data: FormData) => void }) {
  const [errors, setErrors] = useState<FormError[]>([]);
  const [submits, setSubmits] = useState(0);
  const formErrors = useFormErrors();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found = formErrors(form);
    setErrors(found);
    setSubmits((count) => count + 1);
    if (found.length === 0) onData(new FormData(form));
  };
  return (
    <form noValidate onSubmit={submit} aria-label="Every control">
      <FormErrorSummary errors={errors} submitCount={submits} />
      <TextField label="Full name" name="name" required />
      <TextArea label="Note" name="note" defaultValue="For rent" />
      <PasswordField label="Password" name="password" required />
      <AmountField label="Amount" name="amount" currency="CNY" defaultValue="1250.10" />
      <Checkbox label="I agree" name="agree" required />
      <CheckboxGroup label="Tell me by" name="channel" defaultValue={['sms']}>
        <Checkbox label="Text message" value="sms" />
        <Checkbox label="Email" value="email" />
      </CheckboxGroup>
      <RadioGroup label="When" name="when" required>
        <RadioGroupItem value="now" label="Now" />
        <RadioGroupItem value="later" label="In 2 hours" />
      </RadioGroup>
      <Switch label="Remember this payee" name="remember" />
      <Select label="City" name="city" required placeholder="Choose a city">
        <SelectItem value="beijing">Beijing</SelectItem>
        <SelectItem value="jakarta">Jakarta</SelectItem>
      </Select>
      <button type="submit">Send</button>
    </form>
  );
}

describe('A native form built from the kit', () => {
  it('lists the empty required fields in the error summary, from the browser’s own validity', async () => {
    const user = userEvent.setup();
    let data: FormData | undefined;
    render(<EveryControl onData={(formData) => (data = formData)} />);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(data).toBeUndefined();
    const summary = screen.getByRole('group', { name: 'Please fix these problems' });
    expect(summary).toHaveFocus();
    const links = Array.from(summary.querySelectorAll('a')).map((link) => link.textContent);
    expect(links).toHaveLength(5);
    expect(links).toEqual([
      'Full name: fill this in or choose one',
      'Password: fill this in or choose one',
      'I agree: fill this in or choose one',
      'When: fill this in or choose one',
      'City: fill this in or choose one',
    ]);
    await user.click(summary.querySelectorAll('a')[0]!);
    expect(screen.getByRole('textbox', { name: /Full name/ })).toHaveFocus();
  });

  it('submits every control’s value through FormData', async () => {
    const user = userEvent.setup();
    let data: FormData | undefined;
    render(<EveryControl onData={(formData) => (data = formData)} />);
    await user.type(screen.getByRole('textbox', { name: /Full name/ }), 'Li Na');
    await user.type(screen.getByLabelText(/^Password/), 'correct horse');
    await user.click(screen.getByRole('checkbox', { name: /I agree/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Email' }));
    await user.click(screen.getByRole('radio', { name: 'In 2 hours' }));
    await user.click(screen.getByRole('switch', { name: 'Remember this payee' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /City/ }), 'jakarta');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(data).toBeDefined();
    expect(Object.fromEntries(['name', 'note', 'password', 'amount', 'agree', 'when', 'remember', 'city'].map((key) => [key, data!.get(key)]))).toEqual({
      name: 'Li Na',
      note: 'For rent',
      password: 'correct horse',
      amount: '1250.10',
      agree: 'on',
      when: 'later',
      remember: 'on',
      city: 'jakarta',
    });
    expect(data!.getAll('channel')).toEqual(['sms', 'email']);
  });
});
