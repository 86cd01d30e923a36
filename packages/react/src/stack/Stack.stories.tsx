import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button } from '../button';
import { Inline, Stack, stackGaps } from './Stack';

const meta = {
  title: 'Layout/Stack and Inline',
  component: Stack,
  args: { gap: 'md' },
  argTypes: { gap: { control: 'inline-radio', options: stackGaps } },
  parameters: {
    docs: {
      description: {
        component: [
          'Stack puts children one under another, Inline side by side; both take gaps from the spacing tokens, which grow in elder mode. Inline always wraps, and `stackInElder` turns a row into a column in elder mode so wide buttons sit one under another.',
          '**Do** use `gap="target"` between adjacent buttons or links: at least 8 px, 12 px in elder mode.',
          '**Don\'t** add margins to children or set pixel gaps of your own.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Stack>;

export default meta;
type Story = StoryObj<typeof meta>;

const Box = ({ children }: { children: string }) => (
  <div style={{ padding: 'var(--eui-space-sm)', border: '0.0625rem solid var(--eui-color-border-control)', color: 'var(--eui-color-fg-default)', fontSize: 'var(--eui-font-size-body)' }}>
    {children}
  </div>
);

export const Vertical: Story = {
  name: 'Stack: one under another',
  render: (args) => (
    <Stack {...args}>
      <Box>Name</Box>
      <Box>Account</Box>
      <Box>Amount</Box>
    </Stack>
  ),
};

export const Row: Story = {
  name: 'Inline: buttons the target gap apart',
  render: () => (
    <Inline>
      <Button>Continue</Button>
      <Button tone="secondary">Cancel</Button>
    </Inline>
  ),
  play: async ({ canvasElement, globals }) => {
    const [first, second] = within(canvasElement).getAllByRole('button').map((button) => button.getBoundingClientRect());
    const gap = Math.max(second!.left - first!.right, second!.top - first!.bottom);
    await expect(gap).toBeGreaterThanOrEqual(globals.mode === 'elder' ? 12 : 8);
  },
};

export const StackInElder: Story = {
  name: 'Inline that stacks in elder mode',
  render: () => (
    <Inline stackInElder>
      <Button>Continue</Button>
      <Button tone="secondary">Start again</Button>
    </Inline>
  ),
};

export const LongText: Story = {
  name: 'Long items wrap to the next line',
  render: () => (
    <div style={{ maxWidth: '18rem' }}>
      <Inline>
        <Button tone="secondary">Send to a saved payee</Button>
        <Button tone="secondary">Send to a new account number</Button>
      </Inline>
    </div>
  ),
};

export const Chinese: Story = {
  name: 'Chinese items',
  render: () => (
    <Inline>
      <Button>下一步</Button>
      <Button tone="secondary">重新填写</Button>
    </Inline>
  ),
};
