import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider } from '../locale';
import { ConfirmAction } from './ConfirmAction';
import * as stories from './ConfirmAction.stories';

const { AmountInWords, AmountInWordsChinese } = composeStories(stories);

afterEach(() => {
  vi.restoreAllMocks();
});

/** An open confirmation of one amount, in a locale. */
function renderAmount(locale: string, inWords: { amount: string; currency: string } | string, value = '1,250,000') {
  render(
    <LocaleProvider locale={locale}>
      <ConfirmAction
        defaultOpen
        title="Confirm"
        details={[{ label: 'Amount', value, inWords }]}
        confirmLabel="Send"
        onConfirm={() => {}}
      />
    </LocaleProvider>,
  );
  return screen.getByRole('alertdialog');
}

describe('ConfirmAction with the amount in words', () => {
  it('shows the words under the amount and reads them with it when the dialog opens', () => {
    render(<AmountInWords />);
    const dialog = screen.getByRole('alertdialog', { name: 'Send this money?' });
    const words = within(dialog).getByText('In words: one thousand two hundred fifty yuan');
    expect(dialog).toHaveAccessibleDescription(
      'Amount ¥1,250.00 In words: one thousand two hundred fifty yuan To Wang Xiaoming, Bank of China ····4321 The money leaves your account at once. It cannot be taken back.',
    );
    // A second value of the same fact: the words belong to "Amount", not to the next term.
    expect(words.tagName).toBe('DD');
    expect(words.previousElementSibling).toHaveTextContent('¥1,250.00');
  });

  it('writes 大写金额 in the LocaleProvider’s Chinese', () => {
    render(<AmountInWordsChinese />);
    expect(within(screen.getByRole('alertdialog')).getByText('大写：人民币壹拾万零壹拾元零伍分')).toBeInTheDocument();
  });

  it.each([
    ['zh-TW', { amount: '1250000', currency: 'TWD' }, '大寫：新臺幣壹佰貳拾伍萬元整'],
    ['id', { amount: '1250000', currency: 'IDR' }, 'Terbilang: satu juta dua ratus lima puluh ribu rupiah'],
    ['en', { amount: '1250000.50', currency: 'USD' }, 'In words: one million two hundred fifty thousand dollars and fifty cents'],
  ])('writes the words in %s', (locale, inWords, expected) => {
    const dialog = renderAmount(locale, inWords);
    expect(within(dialog).getByText(expected)).toBeInTheDocument();
  });

  it('shows words given as a string as they are', () => {
    const dialog = renderAmount('en', 'one million two hundred fifty thousand pounds');
    expect(within(dialog).getByText('In words: one million two hundred fifty thousand pounds')).toBeInTheDocument();
  });

  it('keeps the amount and leaves out the words, with a development warning, where it has no words', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dialog = renderAmount('en', { amount: '1250000', currency: 'GBP' }, '£1,250,000');
    expect(within(dialog).getByText('£1,250,000')).toBeInTheDocument();
    expect(within(dialog).queryByText(/In words/)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no words for the currency "GBP"'));
  });

  it('never rounds: an amount with more decimals than the currency has gets no words', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dialog = renderAmount('zh-CN', { amount: '10.005', currency: 'CNY' }, '¥10.005');
    expect(within(dialog).queryByText(/大写/)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('It is not rounded'));
  });

  it('has no axe violations with the words', async () => {
    render(<AmountInWordsChinese />);
    expect(await axeViolations()).toEqual([]);
  });
});
