import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { messages, resolveLocale } from '../locale';
import { Switch } from './Switch';

const meta = {
  title: 'Forms/Switch',
  component: Switch,
  args: { label: 'Payment alerts', hint: 'A text message every time money leaves your account' },
  decorators: [(Story) => <div style={{ maxWidth: '32rem' }}><Story /></div>],
  parameters: {
    docs: {
      description: {
        component: [
          'Use a Switch for a setting that takes effect as soon as it changes, such as alerts or larger text. In a form that is sent with a button, use a Checkbox instead.',
          '**Do** name the thing being switched ("Payment alerts"), not the action ("Turn on alerts"); say in `hint` what "on" means.',
          '**Don\'t** use a Switch for a choice that needs confirming, or for two unrelated options.',
          'The state shows in words ("On" / "Off") as well as fill and thumb position. The row is the hit area; the switch is at least 48 px high in elder mode. It is a native checkbox with the switch role: Space or Enter turns it, and in a form it is sent under `name` like a checkbox.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Switch>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Off: Story = {
  name: 'Off, said in words',
  play: async ({ canvasElement, globals }) => {
    const toggle = within(canvasElement).getByRole('switch');
    await expect(toggle).not.toBeChecked();
    // The state word is shown with the switch, inside its row.
    await expect(within(toggle.closest('label')!).getByText(messages[resolveLocale(String(globals.locale ?? 'en'))].off)).toBeVisible();
    await expect(toggle.getBoundingClientRect().height).toBeGreaterThanOrEqual(globals.mode === 'elder' ? 48 : 44);
  },
};

export const On: Story = {
  name: 'On, said in words',
  args: { defaultChecked: true },
};

export const Focused: Story = {
  name: 'Keyboard focus and Space',
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(within(canvasElement).getByRole('switch')).toBeChecked();
  },
};

export const Disabled: Story = {
  name: 'Disabled',
  args: { disabled: true, hint: 'Your bank has turned this on for you', defaultChecked: true },
};

export const LongText: Story = {
  name: 'Long label wraps, the switch stays whole',
  args: {
    label: 'Ask me to confirm with my fingerprint before any payment over 1,000.00 to someone I have not paid before',
  },
  decorators: [(Story) => <div style={{ maxWidth: '18rem' }}><Story /></div>],
};

export const Chinese: Story = {
  name: 'Chinese label',
  args: { label: '交易提醒', hint: '每笔转出都发短信通知您' },
};
