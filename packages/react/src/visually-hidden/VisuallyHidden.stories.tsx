import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button } from '../button';
import { Text } from '../text';
import { VisuallyHidden } from './VisuallyHidden';

const meta = {
  title: 'Layout/VisuallyHidden',
  component: VisuallyHidden,
  args: { children: 'card ending 1234' },
  parameters: {
    docs: {
      description: {
        component: [
          'VisuallyHidden keeps words for screen readers while taking no room on screen: the rest of a short button name ("Delete" + "card ending 1234"), or a heading a design leaves out.',
          '**Do** use it to add context that sighted users get from the layout.',
          '**Don\'t** hide a label or an instruction everyone needs, and never hide a control\'s words in elder mode: there, words are shown (IconButton does this for you).',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof VisuallyHidden>;

export default meta;
type Story = StoryObj<typeof meta>;

export const InAButton: Story = {
  name: 'Completes a short button name',
  render: (args) => (
    <Button tone="secondary">
      Delete <VisuallyHidden {...args} />
    </Button>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Delete card ending 1234' })).toBeInTheDocument();
  },
};

export const Chinese: Story = {
  name: 'Chinese',
  render: () => (
    <Text>
      余额 <VisuallyHidden>人民币</VisuallyHidden>1,250.00
    </Text>
  ),
};
