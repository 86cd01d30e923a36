import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Select, SelectItem } from './Select';

const banks = [
  ['boc', 'Bank of China'],
  ['icbc', 'Industrial and Commercial Bank of China'],
  ['ccb', 'China Construction Bank'],
  ['abc', 'Agricultural Bank of China'],
  ['bocom', 'Bank of Communications'],
  ['psbc', 'Postal Savings Bank of China'],
  ['cmb', 'China Merchants Bank'],
] as const;

const meta = {
  title: 'Forms/Select',
  component: Select,
  args: {
    label: 'Their bank',
    hint: 'The bank that holds their account',
    children: banks.map(([value, name]) => (
      <SelectItem key={value} value={value}>
        {name}
      </SelectItem>
    )),
  },
  decorators: [(Story) => <div style={{ maxWidth: '32rem', minHeight: '8rem' }}><Story /></div>],
  parameters: {
    docs: {
      description: {
        component: [
          'Use a Select to choose one answer from a longer list (about seven or more) that the user knows already, such as their bank. For fewer answers use a RadioGroup, so every choice is visible at once.',
          '**Do** keep the label visible above, order the options in a way people expect (alphabetical or by how often they are chosen), and keep option words short.',
          '**Don\'t** use a Select for yes/no, for navigation, or to hide choices people need to compare.',
          'Options are at least 44 px high (48 in elder mode) with words that wrap and a check mark by the chosen one; typing a letter jumps to it.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Select>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  name: 'Nothing chosen yet',
  play: async ({ canvasElement, globals }) => {
    const trigger = within(canvasElement).getByRole('combobox');
    await expect(trigger.getBoundingClientRect().height).toBeGreaterThanOrEqual(globals.mode === 'elder' ? 48 : 44);
  },
};

export const Chosen: Story = {
  name: 'One chosen',
  args: { defaultValue: 'ccb' },
};

export const Open: Story = {
  name: 'Open: large options, a check mark by the chosen one',
  args: { defaultValue: 'boc' },
  play: async ({ canvasElement, globals }) => {
    await userEvent.click(within(canvasElement).getByRole('combobox'));
    const options = await within(document.body).findAllByRole('option');
    for (const option of options) {
      await expect(option.getBoundingClientRect().height).toBeGreaterThanOrEqual(globals.mode === 'elder' ? 48 : 44);
    }
  },
};

export const Focused: Story = {
  name: 'Keyboard focus',
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('combobox', { name: 'Their bank' })).toHaveFocus();
  },
};

export const WithError: Story = {
  name: 'Error in words with an icon',
  args: { error: 'Choose the bank of the person you are paying', required: true },
};

export const Disabled: Story = {
  name: 'Disabled',
  args: { disabled: true, defaultValue: 'boc' },
};

export const LongText: Story = {
  name: 'Long choice wraps inside the box',
  args: { defaultValue: 'icbc', label: 'The bank that holds the account of the person you are paying' },
  decorators: [(Story) => <div style={{ maxWidth: '14rem' }}><Story /></div>],
};

export const Chinese: Story = {
  name: 'Chinese options',
  args: {
    label: '收款银行',
    placeholder: '请选择',
    children: [
      <SelectItem key="boc" value="boc">中国银行</SelectItem>,
      <SelectItem key="icbc" value="icbc">中国工商银行</SelectItem>,
      <SelectItem key="ccb" value="ccb">中国建设银行</SelectItem>,
    ],
  },
};
