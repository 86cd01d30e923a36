import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider } from '../locale';
import { Field, FieldError } from './Field';
import { FormErrorSummary, type FormError } from './FormErrorSummary';

describe('Field', () => {
  it('labels its control and links the hint and error by aria-describedby', () => {
    render(
      <Field label="Card number" hint="16 digits" error="Enter the card number" required>
        {(control) => <input {...control} />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Card number (required)' });
    expect(input).toHaveAccessibleDescription('16 digits Error: Enter the card number');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-required', 'true');
    // Native `required` would bring the browser's own bubble instead of the kit's errors.
    expect(input).not.toHaveAttribute('required');
  });

  it('sets no aria-invalid or description when there is nothing to say', () => {
    render(<Field label="Name">{(control) => <input {...control} />}</Field>);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('puts the hint above the control and the error with an icon before it', () => {
    render(
      <Field label="Name" hint="As on your ID card" error="Enter your name">
        {(control) => <input {...control} />}
      </Field>,
    );
    const input = screen.getByRole('textbox');
    const hint = screen.getByText('As on your ID card');
    const error = screen.getByText('Enter your name').closest('p')!;
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
    render(
      <Field label="Name" hint="As on your ID card" error="Enter your name" required>
        {(control) => <input {...control} />}
      </Field>,
    );
    expect(await axeViolations()).toEqual([]);
  });

  it('FieldError shows words after an icon', () => {
    render(<FieldError>Too short</FieldError>);
    expect(screen.getByText('Too short').closest('p')).toHaveTextContent('Error: Too short');
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
