import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider } from '../locale';
import { AmountField } from './AmountField';
import { amountFormat, formatAmount, parseAmount } from './parse-amount';

describe('parseAmount', () => {
  const en = amountFormat('en', 'CNY');
  const id = amountFormat('id', 'IDR');

  it.each([
    ['1250', 1250],
    ['1,250.50', 1250.5],
    ['1,250.5', 1250.5],
    ['¥ 1,250', 1250],
    ['CN¥1,250', 1250],
    ['CNY 1,250', 1250],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['１２５０．５', 1250.5],
    [' 12 ', 12],
  ])('reads %s in English as %d', (text, value) => {
    expect(parseAmount(text, en)).toEqual({ status: 'valid', value });
  });

  it.each([
    ['1.250', 1250],
    ['1250', 1250],
    ['Rp 2.000.000', 2000000],
  ])('reads %s in Indonesian rupiah as %d', (text, value) => {
    expect(parseAmount(text, id)).toEqual({ status: 'valid', value });
  });

  it('reads a decimal comma in Indonesian', () => {
    expect(parseAmount('1.250,50', amountFormat('id', 'USD'))).toEqual({ status: 'valid', value: 1250.5 });
  });

  it('refuses decimals for a currency that has none', () => {
    expect(parseAmount('1.250,50', id)).toEqual({ status: 'invalid', reason: 'tooManyDecimals' });
  });

  it.each([
    ['abc', 'notANumber'],
    ['12a', 'notANumber'],
    ['1,25', 'notANumber'],
    ['1.2.3', 'notANumber'],
    ['1,250.505', 'tooManyDecimals'],
    ['-5', 'negative'],
    ['.', 'notANumber'],
  ])('refuses %s in English (%s) rather than guess', (text, reason) => {
    expect(parseAmount(text, en)).toEqual({ status: 'invalid', reason });
  });

  it('refuses an English-style amount in Indonesian instead of reading 1250.50 as 125050', () => {
    expect(parseAmount('1250.50', id)).toEqual({ status: 'invalid', reason: 'notANumber' });
  });

  it('treats blank as empty', () => {
    expect(parseAmount('  ', en)).toEqual({ status: 'empty' });
  });

  it('formats with grouping and the currency decimals', () => {
    expect(formatAmount(1250.5, 'en', en)).toBe('1,250.50');
    expect(formatAmount(1250, 'id', id)).toBe('1.250');
    expect(formatAmount(1250.5, 'id', amountFormat('id', 'USD'))).toBe('1.250,50');
  });
});

describe('AmountField', () => {
  it('is a text box with the decimal keypad, no spinner, and the currency said', () => {
    render(<AmountField label="Amount" currency="CNY" />);
    const input = screen.getByRole('textbox', { name: 'Amount' });
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('inputmode', 'decimal');
    expect(input).toHaveAccessibleDescription(/Chinese Yuan/i);
    expect(screen.getByText('CN¥')).toHaveAttribute('aria-hidden', 'true');
  });

  it('reports the amount while typing and groups it on leaving', async () => {
    const onValueChange = vi.fn();
    render(<AmountField label="Amount" currency="CNY" onValueChange={onValueChange} />);
    const input = screen.getByRole('textbox');
    await userEvent.type(input, '1250.5');
    expect(onValueChange).toHaveBeenLastCalledWith(1250.5, { status: 'valid', error: undefined, text: '1250.5' });
    await userEvent.tab();
    expect(input).toHaveValue('1,250.50');
  });

  it('keeps bad input as typed and says what is wrong, in words with an icon', async () => {
    const onValueChange = vi.fn();
    render(<AmountField label="Amount" currency="CNY" onValueChange={onValueChange} />);
    const input = screen.getByRole('textbox');
    await userEvent.type(input, '12,5');
    await userEvent.tab();
    expect(input).toHaveValue('12,5');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Error: Enter the amount in numbers only/);
    expect(onValueChange).toHaveBeenLastCalledWith(null, expect.objectContaining({ status: 'invalid' }));
    await userEvent.clear(input);
    await userEvent.type(input, '125');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('refuses more decimals than the currency has rather than rounding', async () => {
    render(<AmountField label="Amount" currency="CNY" />);
    await userEvent.type(screen.getByRole('textbox'), '10.005');
    await userEvent.tab();
    expect(screen.getByRole('textbox')).toHaveValue('10.005');
    expect(screen.getByText(/no more than 2 numbers after the decimal point/)).toBeInTheDocument();
  });

  it('reads and writes the Indonesian way under an Indonesian locale', async () => {
    const onValueChange = vi.fn();
    render(
      <LocaleProvider locale="id">
        <AmountField label="Jumlah" currency="IDR" onValueChange={onValueChange} />
      </LocaleProvider>,
    );
    await userEvent.type(screen.getByRole('textbox'), '1500000');
    await userEvent.tab();
    expect(screen.getByRole('textbox')).toHaveValue('1.500.000');
    expect(onValueChange).toHaveBeenLastCalledWith(1500000, expect.objectContaining({ status: 'valid' }));
    expect(screen.getByText('Rp')).toBeInTheDocument();
  });

  it('takes pasted amounts', async () => {
    render(<AmountField label="Amount" currency="CNY" />);
    await userEvent.click(screen.getByRole('textbox'));
    await userEvent.paste('3,000.00');
    expect(screen.getByRole('textbox')).toHaveValue('3,000.00');
  });

  it('follows a controlled amount set by the parent', async () => {
    function Controlled() {
      const [amount, setAmount] = useState<number | null>(20);
      return (
        <>
          <AmountField label="Amount" currency="CNY" value={amount} onValueChange={setAmount} />
          <button type="button" onClick={() => setAmount(500)}>
            Use 500
          </button>
        </>
      );
    }
    render(<Controlled />);
    expect(screen.getByRole('textbox')).toHaveValue('20.00');
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('textbox')).toHaveValue('500.00');
    await userEvent.clear(screen.getByRole('textbox'));
    await userEvent.type(screen.getByRole('textbox'), '7');
    expect(screen.getByRole('textbox')).toHaveValue('7');
  });

  it('has no axe violations at rest and with an error', async () => {
    render(
      <>
        <AmountField label="Amount" currency="CNY" hint="Up to 50,000.00 a day" required />
        <AmountField label="Other amount" currency="TWD" error="Enter an amount" />
      </>,
    );
    expect(await axeViolations()).toEqual([]);
  });
});
