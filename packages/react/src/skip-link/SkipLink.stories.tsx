import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../button';
import { SkipLink } from './SkipLink';

const meta = {
  title: 'Navigation/SkipLink',
  component: SkipLink,
  args: { href: '#story-content' },
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** once, as the very first element of every page with navigation before the content.',
          '**Do:** point `href` at the id of the main content; the link moves focus there, not only the scroll position.',
          "**Don't:** hide it for good or skip it in elder mode. It stays out of sight until focused, then shows as a large link in the top-left corner.",
        ].join('\n\n'),
      },
    },
  },
  render: (args) => (
    <>
      <SkipLink {...args} />
      <nav aria-label="Site">
        <Button asChild tone="secondary">
          <a href="#home">Home</a>
        </Button>
      </nav>
      <div id="story-content">
        <p>Your accounts</p>
      </div>
    </>
  ),
} satisfies Meta<typeof SkipLink>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Focused: Story = {
  name: 'Shown when focused, moves focus to the content',
  play: async ({ canvasElement, globals }) => {
    const link = within(canvasElement).getByRole('link', { name: /skip|跳到|langsung/i });
    link.focus();
    const box = link.getBoundingClientRect();
    await expect(box.height).toBeGreaterThanOrEqual(globals.mode === 'elder' ? 60 : 44);
    await userEvent.keyboard('{Enter}');
    await expect(canvasElement.querySelector('#story-content')).toHaveFocus();
  },
};
