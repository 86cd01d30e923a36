import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Text, textSizes, textTones } from './Text';

const meta = {
  title: 'Layout/Text',
  component: Text,
  args: { children: 'Your transfer of 1,250.50 yuan to Wang Xiaoming arrives tomorrow morning.' },
  argTypes: {
    size: { control: 'inline-radio', options: textSizes },
    tone: { control: 'inline-radio', options: textTones },
  },
  parameters: {
    docs: {
      description: {
        component: [
          'Text sets words in the type tokens: 16 px body text (20 px in elder mode) with a line height of at least 1.5 (1.6), paragraph spacing of 1.3 × the line height, and no truncation: long words wrap.',
          '**Do** use `size="small"` only for secondary notes (it is still 18 px in elder mode); use `tone="danger"` with words that say what is wrong.',
          '**Don\'t** set your own pixel font sizes, use colour alone to carry meaning, or cut text off with an ellipsis.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Text>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Body: Story = {
  name: 'Body text',
  play: async ({ canvasElement, globals }) => {
    const text = within(canvasElement).getByText(/Your transfer/);
    await expect(parseFloat(getComputedStyle(text).fontSize)).toBeGreaterThanOrEqual(globals.mode === 'elder' ? 20 : 16);
  },
};

export const Sizes: Story = {
  name: 'Small, body and large',
  render: (args) => (
    <div>
      {textSizes.map((size) => (
        <Text key={size} {...args} size={size}>
          {size}: {args.children}
        </Text>
      ))}
    </div>
  ),
};

export const Tones: Story = {
  name: 'Tones, each with words that carry the meaning',
  render: () => (
    <div>
      <Text tone="default">Balance: 3,000.00</Text>
      <Text tone="muted">Last updated 5 minutes ago</Text>
      <Text tone="danger" weight="bold">Not sent: the account number is wrong</Text>
      <Text tone="success" weight="bold">Sent: the money is on its way</Text>
    </div>
  ),
};

export const LongText: Story = {
  name: 'Long words wrap, never truncate',
  args: { children: 'Reference: TRANSFER-2026-11-29-000000123456789-WANGXIAOMING-BANKOFCHINA-BEIJINGBRANCH' },
  decorators: [(Story) => <div style={{ maxWidth: '14rem' }}><Story /></div>],
};

export const Chinese: Story = {
  name: 'Chinese paragraphs',
  render: () => (
    <div>
      <Text>您向王小明转账 1,250.50 元，预计明天上午到账。</Text>
      <Text>如有疑问，请拨打客服电话 95566。</Text>
    </div>
  ),
};
