import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button } from '../button';
import { Alert, alertTones } from './Alert';

const meta = {
  title: 'Feedback/Alert',
  component: Alert,
  args: { tone: 'info', title: 'Bank opening hours changed', children: 'Branches now open at 9:00 on weekdays.' },
  argTypes: { tone: { control: 'inline-radio', options: alertTones } },
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** a message about this page or what just happened: information, success, a warning or a problem.',
          '**Do:** say it in a few plain words in `title`, add one sentence more if needed, and offer the next step as an `action`. Warnings and problems interrupt screen readers (role `alert`); information and success wait (role `status`); use `live="off"` for a message already there when the page loads.',
          "**Don't:** rely on colour (every tone has an icon and a word); use an Alert for promotions; make it disappear by itself — an Alert stays until the page changes. For fraud and scams use `RiskWarning`.",
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Alert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Tones: Story = {
  name: 'Four tones, each with an icon and a word',
  render: (args) => (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 'var(--eui-space-md)' }}>
      <Alert {...args} tone="info" title="Bank opening hours changed" />
      <Alert {...args} tone="success" title="Money sent" children="¥1,250.00 is on its way to Wang Xiaoming." />
      <Alert {...args} tone="warning" title="Your card expires next month" children="We will post a new one to your home." />
      <Alert {...args} tone="danger" title="Payment failed" children="Nothing was taken from your account. Please try again." />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('status')).toHaveLength(2);
    await expect(within(canvasElement).getAllByRole('alert')).toHaveLength(2);
  },
};

export const WithAction: Story = {
  name: 'A warning with a next step',
  args: {
    tone: 'warning',
    title: 'Your card expires next month',
    children: 'Check that we have your right address.',
    action: <Button tone="secondary">Check address</Button>,
  },
};

export const LongText: Story = {
  name: 'Long text wraps inside a narrow column',
  args: {
    tone: 'danger',
    title: 'The payment to Guangzhou Municipal Water Supply Company did not go through',
    children: 'Nothing was taken from your account. The company’s bank did not answer in time; please try again in a few minutes.',
  },
  decorators: [(Story) => <div style={{ maxWidth: '18rem' }}><Story /></div>],
};

export const AlreadyThere: Story = {
  name: 'Already on the page: not announced again',
  args: { live: 'off', title: 'Branches close at 16:00 on Saturdays' },
};

export const Chinese: Story = {
  name: 'Chinese',
  args: { tone: 'success', title: '转账成功', children: '¥1,250.00 已转给王小明。' },
};
