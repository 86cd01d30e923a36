import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider } from '../locale';
import { AmountField } from './AmountField';
import { amountFormat, formatAmount, parseAmount } from './parse-amount';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('parseAmount', () => {
  const en = amountFormat('en', 'CNY');
  const id = amountFormat('id', 'IDR');

  it.each([
    ['1250', '1250.00'],
    ['1,250.50', '1250.50'],
    ['1,250.5', '1250.50'],
    ['¥ 1,250', '1250.00'],
    ['CN¥1,250', '1250.00'],
    ['CNY 1,250', '1250.00'],
    ['0.5', '0.50'],
    ['.5', '0.50'],
    ['１２５０．５', '1250.50'],
    [' 12 ', '12.00'],
    ['007', '7.00'],
    ['-0', '0.00'],
  ])('reads %s in English as %s', (text, value) => {
    expect(parseAmount(text, en)).toEqual({ status: 'valid', value });
  });

  it.each([
    ['1.250', '1250'],
    ['1250', '1250'],
    ['Rp 2.000.000', '2000000'],
  ])('reads %s in Indonesian rupiah as %s', (text, value) => {
    expect(parseAmount(text, id)).toEqual({ status: 'valid', value });
  });

  it('reads a decimal comma in Indonesian', () => {
    expect(parseAmount('1.250,50', amountFormat('id', 'USD'))).toEqual({ status: 'valid', value: '1250.50' });
  });

  it('keeps every digit of an amount too large for a floating-point number', () => {
    expect(parseAmount('12,345,678,901,234,567.89', en)).toEqual({ status: 'valid', value: '12345678901234567.89' });
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
    expect(formatAmount('1250.5', 'en', en)).toBe('1,250.50');
    expect(formatAmount('1250', 'id', id)).toBe('1.250');
    expect(formatAmount('1250.5', 'id', amountFormat('id', 'USD'))).toBe('1.250,50');
    expect(formatAmount('12345678901234567.89', 'en', en)).toBe('12,345,678,901,234,567.89');
  });

  it('refuses to format what it would have to round or guess', () => {
    expect(() => formatAmount('10.005', 'en', en)).toThrow(RangeError);
    expect(() => formatAmount('1.5', 'id', id)).toThrow(RangeError);
    expect(() => formatAmount('1,250', 'en', en)).toThrow(RangeError);
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
    expect(onValueChange).toHaveBeenLastCalledWith('1250.50', {
      status: 'valid',
      error: undefined,
      text: '1250.5',
      valueAsMinorUnits: 125050n,
    });
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
    expect(onValueChange).toHaveBeenLastCalledWith(null, expect.objectContaining({ status: 'invalid', valueAsMinorUnits: null }));
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
    expect(onValueChange).toHaveBeenLastCalledWith('1500000', expect.objectContaining({ status: 'valid', valueAsMinorUnits: 1500000n }));
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
      const [amount, setAmount] = useState<string | null>('20');
      return (
        <>
          <AmountField label="Amount" currency="CNY" value={amount} onValueChange={setAmount} />
          <button type="button" onClick={() => setAmount('500')}>
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

  it('shows an amount given with fewer decimals in full, and one it cannot read as given', () => {
    render(
      <>
        <AmountField label="Amount" currency="CNY" value="1250.5" />
        <AmountField label="Other amount" currency="CNY" defaultValue="12,5" />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Amount' })).toHaveValue('1,250.50');
    expect(screen.getByRole('textbox', { name: 'Other amount' })).toHaveValue('12,5');
  });

  it('keeps what the user types when the parent hands the reported amount back', async () => {
    function Controlled() {
      const [amount, setAmount] = useState<string | null>(null);
      return <AmountField label="Amount" currency="CNY" value={amount} onValueChange={setAmount} />;
    }
    render(<Controlled />);
    await userEvent.type(screen.getByRole('textbox'), '1250.5');
    expect(screen.getByRole('textbox')).toHaveValue('1250.5');
  });

  it('has no axe violations at rest and with an error', async () => {
    render(
      <>
        <AmountField label="Amount" currency="CNY" hint="Up to 50,000.00 a day" required />
        <AmountField label="Other amount" currency="TWD" error="Enter an amount" />
        <AmountField label="Third amount" currency="CNY" defaultValue="1250" showWords />
      </>,
    );
    expect(await axeViolations()).toEqual([]);
  });
});

/** Collects each new text of the kit's polite live region while the test runs. */
function listenToPoliteAnnouncements(): string[] {
  // The region outlives a test: start from silence, not from the last test's words.
  document.querySelector('[data-eui-announcer="polite"]')?.replaceChildren();
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const text = document.querySelector('[data-eui-announcer="polite"]')?.textContent;
    if (text && text !== said.at(-1)) said.push(text);
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  onTestFinished(() => observer.disconnect());
  return said;
}

describe('AmountField with the amount in words', () => {
  it('shows the words under the field as the user types, and reads them with the field', async () => {
    const { container } = render(<AmountField label="Amount" currency="CNY" showWords />);
    const input = screen.getByRole('textbox');
    expect(within(container).queryByText(/In words/)).toBeNull();
    await userEvent.type(input, '1250');
    expect(screen.getByText('In words: one thousand two hundred fifty yuan')).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription('Chinese Yuan In words: one thousand two hundred fifty yuan');
    await userEvent.type(input, '.05');
    expect(screen.getByText('In words: one thousand two hundred fifty yuan and five fen')).toBeInTheDocument();
  });

  it('writes 大写金额 under a Chinese locale and terbilang under an Indonesian one', () => {
    render(
      <>
        <LocaleProvider locale="zh-CN">
          <AmountField label="金额" currency="CNY" defaultValue="10.05" showWords />
        </LocaleProvider>
        <LocaleProvider locale="id">
          <AmountField label="Jumlah" currency="IDR" defaultValue="1250000" showWords />
        </LocaleProvider>
      </>,
    );
    expect(screen.getByText('大写：人民币壹拾元零伍分')).toBeInTheDocument();
    expect(screen.getByText('Terbilang: satu juta dua ratus lima puluh ribu rupiah')).toBeInTheDocument();
  });

  it('says the words politely once typing pauses, not at every key', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const said = listenToPoliteAnnouncements();
    render(<AmountField label="Amount" currency="CNY" showWords />);
    await userEvent.type(screen.getByRole('textbox'), '1500');
    expect(said).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(1200));
    expect(said).toEqual(['In words: one thousand five hundred yuan']);
  });

  it('says nothing for an amount the parent sets, and shows no words for input it cannot read', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const said = listenToPoliteAnnouncements();
    const { container } = render(<AmountField label="Amount" currency="CNY" defaultValue="20" showWords />);
    expect(within(container).getByText('In words: twenty yuan')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(said).toEqual([]);
    await userEvent.type(screen.getByRole('textbox'), ',5');
    expect(within(container).queryByText(/In words/)).toBeNull();
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('Chinese Yuan');
  });

  it('shows the amount without words, and warns in development, for a currency it cannot write', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<AmountField label="Amount" currency="GBP" defaultValue="12" showWords />);
    expect(screen.getByRole('textbox')).toHaveValue('12.00');
    expect(within(container).queryByText(/In words/)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no words for the currency "GBP"'));
  });
});
