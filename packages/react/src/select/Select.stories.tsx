import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../button';
import { Inline, Stack } from '../stack';
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
  decorators: [(Story) => <div style={{ maxWidth: '32rem' }}><Story /></div>],
  parameters: {
    docs: {
      description: {
        component: [
          'Use a Select to choose one answer from a longer list (about seven or more) that the user knows already, such as their bank. For fewer answers use a RadioGroup, so every choice is visible at once.',
          '**Do** keep the label visible above, order the options in a way people expect (alphabetical or by how often they are chosen), and keep option words short.',
          '**Don\'t** use a Select for yes/no, for navigation, or to hide choices people need to compare.',
          'It is a native `<select>`: the keyboard and the phone\'s own picker work as people know them, and it takes part in forms (`name`, `required`, reset). Where the browser supports customizable select, the kit draws the options too: at least 44 px high (48 in elder mode), with words that wrap and a check mark by the chosen one. Typing a letter chooses without opening; in the open list, Enter or Tab takes the highlighted option.',
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
    const select = within(canvasElement).getByRole('combobox');
    await expect(select.getBoundingClientRect().height).toBeGreaterThanOrEqual(globals.mode === 'elder' ? 48 : 44);
  },
};

export const Chosen: Story = {
  name: 'One chosen',
  args: { defaultValue: 'ccb' },
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

export const InAForm: Story = {
  name: 'In a form: sent by its name, not sent while nothing is chosen',
  args: { name: 'bank', required: true },
  render: (args) => (
    <form onSubmit={(event) => event.preventDefault()}>
      <Stack>
        <Select {...args} />
        <Inline>
          <Button type="submit">Continue</Button>
          <Button type="reset" tone="secondary">
            Start again
          </Button>
        </Inline>
      </Stack>
    </form>
  ),
};
