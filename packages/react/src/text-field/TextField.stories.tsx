import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextArea, TextField, textFieldWidths } from './TextField';

const meta = {
  title: 'Forms/TextField',
  component: TextField,
  args: { label: 'Full name', autoComplete: 'name', width: 'full' },
  argTypes: { width: { control: 'inline-radio', options: textFieldWidths } },
  decorators: [(Story) => <div style={{ maxWidth: '32rem' }}><Story /></div>],
  parameters: {
    docs: {
      description: {
        component: [
          'Use a TextField for a short answer in words: a name, a phone number, an account number. Use a TextArea for a longer message, an AmountField for money.',
          '**Do** write the label as the question, put format help in `hint` (it shows above the box), give `autoComplete`, match `width` to the expected answer, and say what went wrong and how to fix it in `error`.',
          '**Don\'t** use a placeholder instead of a label or hint, block paste, or ask for the same thing twice.',
          'In elder mode the box is at least 48 px high with 20 px text and a 2 px border; the label is 22 px.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof TextField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Also checks the styles loaded: an unstyled input is about 21 px high. */
export const Default: Story = {
  name: 'Label above an empty box',
  play: async ({ canvasElement, globals }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Full name' });
    const elder = globals.mode === 'elder';
    await expect(input.getBoundingClientRect().height).toBeGreaterThanOrEqual(elder ? 48 : 44);
    await expect(parseFloat(getComputedStyle(input).fontSize)).toBeGreaterThanOrEqual(elder ? 20 : 16);
  },
};

export const WithHint: Story = {
  name: 'Hint sits between the label and the box',
  args: { label: 'Phone number', hint: 'The 11 digits of your mobile number', autoComplete: 'tel', type: 'tel', width: 'medium', required: true },
};

export const Focused: Story = {
  name: 'Keyboard focus shows a thick ring',
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('textbox')).toHaveFocus();
  },
};

export const WithError: Story = {
  name: 'Error in words with an icon, above the box',
  args: {
    label: 'Phone number',
    hint: 'The 11 digits of your mobile number',
    error: 'Enter a phone number with 11 digits, like 138 0013 8000',
    defaultValue: '138 0013',
    required: true,
    width: 'medium',
  },
};

export const Disabled: Story = {
  name: 'Disabled',
  args: { disabled: true, defaultValue: 'Wang Xiaoming' },
};

export const Widths: Story = {
  name: 'Full, medium and short widths',
  render: (args) => (
    <div style={{ display: 'grid', gap: 'var(--eui-space-lg)' }}>
      {textFieldWidths.map((width) => (
        <TextField key={width} {...args} label={`Width: ${width}`} width={width} />
      ))}
    </div>
  ),
};

export const LongText: Story = {
  name: 'Long label, hint and error wrap',
  args: {
    label: 'The name of the person who will receive the money, exactly as it is written on their bank card',
    hint: 'If the name has more than one part, write all of the parts in the same order as on the card, with spaces between them',
    error: 'The name you wrote does not match the name the bank has for this account. Check it against the card and try again',
  },
  decorators: [(Story) => <div style={{ maxWidth: '18rem' }}><Story /></div>],
};

export const Chinese: Story = {
  name: 'Chinese label, hint and error',
  args: { label: '收款人姓名', hint: '请填写银行卡上的姓名', error: '请填写收款人姓名', required: true },
};

export const MultiLine: Story = {
  name: 'TextArea for a longer message',
  render: () => (
    <div style={{ display: 'grid', gap: 'var(--eui-space-xl)' }}>
      <TextArea label="Message to the payee" hint="They see this with the money. Up to 100 characters." />
      <TextArea label="Reason" error="Write a reason of 100 characters or fewer" defaultValue="Rent for March and April" required />
      <TextArea label="附言" hint="对方会看到这段话" disabled />
    </div>
  ),
};
