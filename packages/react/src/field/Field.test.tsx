import { composeStories } from '@storybook/react-vite';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { AmountField } from '../amount-field';
import { Checkbox, CheckboxGroup } from '../checkbox';
import { LocaleProvider } from '../locale';
import { PasswordField } from '../password-field';
import { RadioGroup, RadioGroupItem } from '../radio-group';
import { Select, SelectItem } from '../select';
import { Switch } from '../switch';
import { TextArea, TextField } from '../text-field';
import { Field, type FieldWrapperProps } from './Field';
import * as stories from './Field.stories';
import { FormErrorSummary, type FormError } from './FormErrorSummary';

const { WithError, LongText, Group } = composeStories(stories);

describe('Field', () => {
  it('labels its control and links the hint and error by aria-describedby', () => {
    render(<WithError />);
    const input = screen.getByRole('textbox', { name: 'Card number (required)' });
    expect(input).toHaveAccessibleDescription('The 16 digits on the front of your card Error: Enter the 16 digits of your card number');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-required', 'true');
    // Native `required` too, so the browser's validity (and FormErrorSummary's formErrors) knows;
    // a form with `noValidate` shows the kit's errors instead of the browser's bubble.
    expect(input).toBeRequired();
  });

  it('sets no aria-invalid or description when there is nothing to say', () => {
    render(<Field label="Name">{(control) => <input {...control} />}</Field>);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('puts the hint above the control and the error with an icon before it', () => {
    render(<WithError />);
    const input = screen.getByRole('textbox');
    const hint = screen.getByText('The 16 digits on the front of your card');
    const error = screen.getByText('Enter the 16 digits of your card number').closest('p')!;
    expect(hint.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(error.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(error.querySelector('[aria-hidden="true"] svg')).not.toBeNull();
  });

  it('says "required" and "error" in the chosen language', () => {
    render(
      <LocaleProvider locale="zh-CN">
        <Field label="姓名" required error="请填写姓名">
          {(control) => <input {...control} />}
        </Field>
      </LocaleProvider>,
    );
    expect(screen.getByRole('textbox', { name: '姓名 （必填）' })).toHaveAccessibleDescription(/^错误：\s?请填写姓名$/);
  });

  it('has no axe violations with a hint and an error', async () => {
    render(<WithError />);
    expect(await axeViolations()).toEqual([]);
  });

  it('adds its own description ids after the hint and the error', () => {
    render(
      <>
        <Field label="Card number" hint="16 digits" error="Enter the card number" aria-describedby="fee">
          {(control) => <input {...control} />}
        </Field>
        <p id="fee">A fee of 2.00 applies</p>
      </>,
    );
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('16 digits Error: Enter the card number A fee of 2.00 applies');
  });

  it('names a group of controls by its label words when the label is a span', async () => {
    render(<Group />);
    const group = screen.getByRole('group', { name: 'Date of birth' });
    expect(group).toHaveAccessibleDescription('For example, 27 3 1950');
    expect(screen.getByText('Date of birth').tagName).toBe('SPAN');
    expect(await axeViolations()).toEqual([]);
  });

  it('FieldError shows words after an icon', () => {
    render(<LongText />);
    expect(screen.getByText(/^The card number you entered/).closest('p')).toHaveTextContent(/^Error: The card number you entered/);
  });
});

describe('every form component', () => {
  const components: [string, (props: FieldWrapperProps) => ReactElement][] = [
    ['Field', (props) => <Field label="Name" {...props}>{(control) => <input {...control} />}</Field>],
    ['TextField', (props) => <TextField label="Name" {...props} />],
    ['TextArea', (props) => <TextArea label="Name" {...props} />],
    ['AmountField', (props) => <AmountField label="Name" currency="CNY" {...props} />],
    ['PasswordField', (props) => <PasswordField label="Name" {...props} />],
    [
      'Select',
      (props) => (
        <Select label="Name" {...props}>
          <SelectItem value="a">A</SelectItem>
        </Select>
      ),
    ],
    ['Checkbox', (props) => <Checkbox label="Name" {...props} />],
    [
      'CheckboxGroup',
      (props) => (
        <CheckboxGroup label="Name" {...props}>
          <Checkbox value="a" label="A" />
        </CheckboxGroup>
      ),
    ],
    [
      'RadioGroup',
      (props) => (
        <RadioGroup label="Name" {...props}>
          <RadioGroupItem value="a" label="A" />
        </RadioGroup>
      ),
    ],
    ['Switch', (props) => <Switch label="Name" {...props} />],
  ];

  it.each(components)('%s puts className and style on its outer box, around the label and the control', (_name, renderField) => {
    const { container } = render(renderField({ className: 'payee', style: { marginBlockEnd: '2rem' } }));
    const box = container.firstElementChild as HTMLElement;
    expect([...container.querySelectorAll('.payee')]).toEqual([box]);
    expect(box.style.marginBlockEnd).toBe('2rem');
    expect(box).toContainElement(screen.getByText('Name'));
    // A group's control is its first choice: the fieldset of a CheckboxGroup is its outer box too.
    const control = screen.queryByRole('radiogroup') ?? screen.queryByLabelText('Name') ?? screen.getByRole('checkbox');
    expect(box).toContainElement(control);
    expect(control.style.marginBlockEnd).toBe('');
  });
});

function Form() {
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const next = name ? [] : [{ id: 'name', message: 'Enter your name' }];
        setErrors(next);
        if (next.length) setSubmitCount((count) => count + 1);
      }}
    >
      <FormErrorSummary errors={errors} submitCount={submitCount} />
      <Field id="name" label="Name" error={errors[0]?.message}>
        {(control) => <input {...control} value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      <button type="submit">Send</button>
    </form>
  );
}

describe('FormErrorSummary', () => {
  it('renders nothing without errors', () => {
    const { container } = render(<FormErrorSummary errors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('takes focus on a failed submit and lists each error as a link to its field', async () => {
    render(<Form />);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    const summary = screen.getByRole('group', { name: 'Please fix these problems' });
    expect(summary).toHaveFocus();
    const link = screen.getByRole('link', { name: 'Enter your name' });
    expect(link).toHaveAttribute('href', '#name');
    await userEvent.tab();
    expect(link).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });

  it('focuses again on the next failed submit, and not while the user types', async () => {
    render(<Form />);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    screen.getByRole('textbox').focus();
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '' } });
    expect(screen.getByRole('textbox')).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('group', { name: 'Please fix these problems' })).toHaveFocus();
  });

  it('goes away once the form is fixed', async () => {
    render(<Form />);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await userEvent.type(screen.getByRole('textbox'), 'Li Wei');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.queryByRole('group', { name: 'Please fix these problems' })).toBeNull();
  });

  it('focuses the chosen or first control of a group it links to', async () => {
    render(
      <>
        <FormErrorSummary errors={[{ id: 'speed', message: 'Choose a speed' }]} />
        <div id="speed" role="radiogroup" aria-label="Speed">
          <button type="button" role="radio" aria-checked="false">
            Now
          </button>
          <button type="button" role="radio" aria-checked="true">
            Tomorrow
          </button>
        </div>
      </>,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Choose a speed' }));
    expect(screen.getByRole('radio', { name: 'Tomorrow' })).toHaveFocus();
  });

  it('has no axe violations', async () => {
    render(<Form />);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await axeViolations()).toEqual([]);
  });
});
