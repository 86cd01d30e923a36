import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Progress, Spinner } from './Progress';

const meta = {
  title: 'Feedback/Progress',
  component: Progress,
  args: { label: 'Uploading your ID card', value: 40 },
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** `Progress` for a task that takes more than a few seconds and whose progress is known (an upload); `Spinner` for a short wait of unknown length.',
          '**Do:** say what is happening in `label`; keep the person on the page and tell them when it is finished.',
          "**Don't:** use either without words; set a time limit on the wait. Progress is announced at each quarter and at the end, not at every step. Neither moves in elder mode or under reduced motion.",
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Progress>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Partway: Story = { name: '40% done, in words' };

export const Finished: Story = { name: 'Finished', args: { value: 100 } };

export const Unknown: Story = { name: 'Length not known', args: { value: null, label: 'Checking your details' } };

export const Busy: Story = {
  name: 'Spinner: words beside a ring that is still in elder mode',
  render: () => <Spinner label="Checking your balance" />,
  play: async ({ canvasElement, globals }) => {
    const ring = canvasElement.querySelector('[data-eui-spinner]')!;
    await expect(getComputedStyle(ring).animationName === 'none').toBe(globals.mode === 'elder');
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Checking your balance');
  },
};
