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
          '**Do** say limits and fees in `hint`, and repeat the amount and the payee on a confirmation step before sending money.',
          '**Don\'t** use `type="number"` for money (spinner arrows, a mouse wheel that changes the amount, lost separators) or round what the user typed: input the field cannot read stays as typed, with an error in words.',
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
  args: { defaultValue: 1250.5 },
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
  args: { disabled: true, defaultValue: 300 },
};

export const LongText: Story = {
  name: 'Long label and error wrap',
  args: {
    label: 'How much money do you want to send to Wang Xiaoming today?',
    error: 'This is more than you can send in one day. Send 50,000.00 or less, or come back tomorrow',
    defaultValue: 80000,
  },
  decorators: [(Story) => <div style={{ maxWidth: '18rem' }}><Story /></div>],
};

export const Chinese: Story = {
  name: 'Chinese, in yuan',
  args: { label: '转账金额', hint: '每日限额 50,000.00 元', locale: 'zh-CN', defaultValue: 1250.5 },
  decorators: [(Story) => <LocaleProvider locale="zh-CN"><Story /></LocaleProvider>],
};

export const Indonesian: Story = {
  name: 'Indonesian rupiah, with dots for grouping',
  args: { label: 'Jumlah', hint: 'Maksimal Rp 10.000.000 per hari', currency: 'IDR', locale: 'id', defaultValue: 1500000 },
  decorators: [(Story) => <LocaleProvider locale="id"><Story /></LocaleProvider>],
};
