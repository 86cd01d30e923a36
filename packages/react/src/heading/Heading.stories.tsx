import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Heading, headingSizes } from './Heading';

const meta = {
  title: 'Layout/Heading',
  component: Heading,
  args: { level: 2, size: 'heading', children: 'Send money' },
  argTypes: { size: { control: 'inline-radio', options: headingSizes }, level: { control: 'inline-radio', options: [1, 2, 3, 4, 5, 6] } },
  parameters: {
    docs: {
      description: {
        component: [
          'Heading separates the level in the page outline (`level`, required) from how large it looks (`size`). `display` is the page\'s largest heading: 32 px in both modes, above the 30 px floor for main functions in elder mode.',
          '**Do** give each page one level-1 heading and go down one level at a time; pick `size` for the design.',
          '**Don\'t** skip levels to get a smaller look, or use bold Text where a heading belongs.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Heading>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  name: 'A level-2 heading',
};

export const Display: Story = {
  name: 'The largest heading is at least 30 px in elder mode',
  args: { level: 1, size: 'display', children: 'Transfer' },
  play: async ({ canvasElement, globals }) => {
    const heading = within(canvasElement).getByRole('heading', { level: 1 });
    await expect(parseFloat(getComputedStyle(heading).fontSize)).toBeGreaterThanOrEqual(globals.mode === 'elder' ? 30 : 24);
  },
};

export const Sizes: Story = {
  name: 'Level and size are separate',
  render: () => (
    <div style={{ display: 'grid', gap: 'var(--eui-space-md)' }}>
      {headingSizes.map((size) => (
        <Heading key={size} level={2} size={size}>
          Level 2, size {size}
        </Heading>
      ))}
    </div>
  ),
};

export const LongText: Story = {
  name: 'Long headings wrap',
  args: { children: 'Check the name, the bank and the account number before you send any money' },
  decorators: [(Story) => <div style={{ maxWidth: '16rem' }}><Story /></div>],
};

export const Chinese: Story = {
  name: 'Chinese heading',
  args: { level: 2, size: 'display', children: '转账汇款' },
};
