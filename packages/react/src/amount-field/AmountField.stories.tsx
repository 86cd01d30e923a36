import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { LocaleProvider } from '../locale';
import { AmountField } from './AmountField';

const meta = {
  title: 'Forms/AmountField',
  component: AmountField,
  args: { label: 'Amount', currency: 'CNY', hint: 'Up to 50,000.00 a day' },
  decorators: [(Story) => <div style={{ maxWidth: '32rem' }}><Story /></div>],
  parameters: {
    docs: {
      description: {
        component: [
          'Use an AmountField for money the user types. It shows the currency, large tabular digits and grouping, opens the numeric keypad with a decimal key on phones, and reads and writes amounts the way the locale does (1,250.50 in English, 1.250,50 in Indonesian).',
          '**The amount is a string, never a number.** `value`, `defaultValue` and `onValueChange` carry a decimal string with a point and the currency\'s decimals: `"1250.50"` for yuan, `"1500000"` for rupiah (IDR and JPY have no decimals). Floating point cannot hold most amounts exactly (0.1 + 0.2 is not 0.3), so the field never makes one. The change details also carry `valueAsMinorUnits`, the same amount as a `bigint` of fen or cents (`125050n`), for a server that counts in integers. Send either to your server as it is; do not pass it through `Number()` or `parseFloat()`.',
          '**Amount in words.** With `showWords`, the amount is written out under the field as the user types, as a bank form does: 大写：人民币壹仟贰佰伍拾元整 in Chinese, "Terbilang: satu juta rupiah" in Indonesian, "In words: one thousand two hundred fifty yuan" in English. The words are part of the field\'s description and are said politely once typing pauses, so a screen reader is not talked over at every key. They come from `formatAmountInWords(amount, { currency, locale })`, which also works on a server, for CNY, HKD, TWD, USD, EUR, JPY and IDR in English, Chinese and Indonesian; for another currency the field shows no words. Show the same words again where the amount is confirmed (ConfirmAction\'s `inWords`).',
          '**Moving from a number value:** pass `"1250.50"` where you passed `1250.5`, and read the string you get back as it is, with no `toFixed()`; `formatAmount` takes the string too.',
          '**Do** say limits and fees in `hint`, turn on `showWords` for transfers and large amounts, and repeat the amount and the payee on a confirmation step before sending money.',
          '**Don\'t** use `type="number"` for money (spinner arrows, a mouse wheel that changes the amount, lost separators), turn the value into a number, or round what the user typed: input the field cannot read stays as typed, with an error in words.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof AmountField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  name: 'Large digits with the currency',
  play: async ({ canvasElement, globals }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Amount' });
    const elder = globals.mode === 'elder';
    await expect(input.getBoundingClientRect().height).toBeGreaterThanOrEqual(elder ? 48 : 44);
    await expect(parseFloat(getComputedStyle(input).fontSize)).toBeGreaterThanOrEqual(elder ? 24 : 20);
  },
};

export const Filled: Story = {
  name: 'Grouped as the locale writes it',
  args: { defaultValue: '1250.50' },
};

export const Focused: Story = {
  name: 'Typed, then grouped on leaving',
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await userEvent.click(input);
    await userEvent.type(input, '12500');
    await userEvent.tab();
    await expect(input).toHaveValue('12,500.00');
  },
};

export const WithError: Story = {
  name: 'Unreadable input is kept, with an error',
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await userEvent.click(input);
    await userEvent.type(input, '12,50');
    await userEvent.tab();
    await expect(input).toHaveValue('12,50');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
  },
};

export const Disabled: Story = {
  name: 'Disabled',
  args: { disabled: true, defaultValue: '300' },
};

export const LongText: Story = {
  name: 'Long label and error wrap',
  args: {
    label: 'How much money do you want to send to Wang Xiaoming today?',
    error: 'This is more than you can send in one day. Send 50,000.00 or less, or come back tomorrow',
    defaultValue: '80000',
  },
  decorators: [(Story) => <div style={{ maxWidth: '18rem' }}><Story /></div>],
};

export const Chinese: Story = {
  name: 'Chinese, in yuan',
  args: { label: '转账金额', hint: '每日限额 50,000.00 元', locale: 'zh-CN', defaultValue: '1250.50' },
  decorators: [(Story) => <LocaleProvider locale="zh-CN"><Story /></LocaleProvider>],
};

export const Indonesian: Story = {
  name: 'Indonesian rupiah, with dots for grouping',
  args: { label: 'Jumlah', hint: 'Maksimal Rp 10.000.000 per hari', currency: 'IDR', locale: 'id', defaultValue: '1500000' },
  decorators: [(Story) => <LocaleProvider locale="id"><Story /></LocaleProvider>],
};

export const Words: Story = {
  name: 'Amount in words under the field, as it is typed',
  args: { showWords: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Amount' });
    await userEvent.click(input);
    await userEvent.type(input, '1250.05');
    await expect(canvas.getByText('In words: one thousand two hundred fifty yuan and five fen')).toBeVisible();
    await expect(input).toHaveAccessibleDescription(/In words: one thousand two hundred fifty yuan and five fen/);
  },
};

export const WordsChinese: Story = {
  name: 'Chinese: 大写金额 under the field',
  args: { label: '转账金额', hint: '每日限额 50,000.00 元', showWords: true, defaultValue: '100010.50' },
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('大写：人民币壹拾万零壹拾元零伍角')).toBeVisible();
  },
};

export const WordsTaiwan: Story = {
  name: 'Taiwan: 新臺幣 in Taiwan’s characters',
  args: { label: '轉帳金額', currency: 'TWD', showWords: true, defaultValue: '36000' },
  globals: { locale: 'zh-TW' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('大寫：新臺幣參萬陸仟元整')).toBeVisible();
  },
};

export const WordsIndonesian: Story = {
  name: 'Indonesian: terbilang under the field',
  args: { label: 'Jumlah', hint: 'Maksimal Rp 10.000.000 per hari', currency: 'IDR', showWords: true, defaultValue: '1250000' },
  globals: { locale: 'id' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Terbilang: satu juta dua ratus lima puluh ribu rupiah')).toBeVisible();
  },
};

export const WordsLong: Story = {
  name: 'Long words wrap on a narrow screen',
  args: { showWords: true, defaultValue: '9876543210987.65', label: 'Amount' },
  decorators: [(Story) => <div style={{ maxWidth: '18rem' }}><Story /></div>],
};
