import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Checkbox, CheckboxGroup } from './Checkbox';

const meta = {
  title: 'Forms/Checkbox',
  component: Checkbox,
  args: { label: 'Send me a text message for every payment' },
  decorators: [(Story) => <div style={{ maxWidth: '32rem' }}><Story /></div>],
  parameters: {
    docs: {
      description: {
        component: [
          'Use a Checkbox for a yes/no answer sent with a form ("I have checked the details"), and a CheckboxGroup when the user may choose several answers to one question. For one answer out of a few, use a RadioGroup; for a setting that takes effect at once, a Switch.',
          '**Do** write the label as a statement the user agrees with, and put the question of a group in its `label` (it becomes the fieldset legend).',
          '**Don\'t** pre-tick boxes that cost the user money or consent, or hide the meaning in a link.',
          'The whole label is the hit area: at least 44 × 44 px, 48 × 48 in elder mode. Checked shows a check mark, not colour alone. The box is the browser\'s own checkbox, drawn by the kit: it is sent with its form under `name` (as "on" unless given a `value`), and a form reset brings back `defaultChecked`.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  name: 'The whole label is the hit area',
  play: async ({ canvasElement, globals }) => {
    const box = within(canvasElement).getByRole('checkbox');
    const option = box.closest('label')!.getBoundingClientRect();
    const elder = globals.mode === 'elder';
    await expect(option.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
    await userEvent.click(within(canvasElement).getByText('Send me a text message for every payment'));
    await expect(box).toBeChecked();
  },
};

export const Checked: Story = {
  name: 'Checked shows a check mark',
  args: { defaultChecked: true },
};

export const Indeterminate: Story = {
  name: 'Some of a group chosen',
  args: { checked: 'indeterminate', label: 'All accounts' },
};

export const Focused: Story = {
  name: 'Keyboard focus rings the whole label',
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('checkbox')).toHaveFocus();
  },
};

export const WithError: Story = {
  name: 'Error in words with an icon',
  args: { label: 'I have checked the name and the amount', error: 'Tick the box to say you have checked the details', required: true },
};

export const Disabled: Story = {
  name: 'Disabled, on and off',
  render: () => (
    <div style={{ display: 'grid', gap: 'var(--eui-target-gap)' }}>
      <Checkbox label="Not available for this account" disabled />
      <Checkbox label="Always on for this account" disabled defaultChecked />
    </div>
  ),
};

export const WithHint: Story = {
  name: 'Hint under the words',
  args: { hint: 'Free of charge. You can turn this off at any time.' },
};

export const LongText: Story = {
  name: 'Long label wraps beside the box',
  args: {
    label: 'I understand that money sent to the wrong account may not come back, and I have checked the name, the bank and the account number',
  },
  decorators: [(Story) => <div style={{ maxWidth: '16rem' }}><Story /></div>],
};

export const Chinese: Story = {
  name: 'Chinese label',
  args: { label: '我已核对收款人姓名和金额', hint: '转出后无法撤回' },
};

export const Group: Story = {
  name: 'A group under one question',
  render: () => (
    <CheckboxGroup label="How should we tell you about payments?" hint="Choose all that apply" defaultValue={['sms']} name="notify">
      <Checkbox value="sms" label="Text message" />
      <Checkbox value="call" label="Phone call" hint="Only for payments over 5,000.00" />
      <Checkbox value="app" label="In the app" />
    </CheckboxGroup>
  ),
};

export const GroupError: Story = {
  name: 'A group with an error',
  render: () => (
    <CheckboxGroup label="如何通知您？" error="请至少选择一项" required orientation="horizontal">
      <Checkbox value="sms" label="短信" />
      <Checkbox value="call" label="电话" />
      <Checkbox value="app" label="应用内通知" />
    </CheckboxGroup>
  ),
};
