import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Card, CardTitle } from '../card';
import { MarketingSlot } from './MarketingSlot';

const meta = {
  title: 'Layout/MarketingSlot',
  component: MarketingSlot,
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** for every promotion, banner, offer or advert in the product. It is the only place they may go.',
          '**Do:** wrap the whole promotion, including its images and links.',
          "**Don't:** put anything people need in it: in elder mode it renders nothing at all, not even for screen readers (MIIT 5.1: no marketing in the elder UI).",
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof MarketingSlot>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Offer: Story = {
  name: 'An offer: shown in standard mode, gone in elder mode',
  render: () => (
    <>
      <p>Your balance: ¥12,400.00</p>
      <MarketingSlot>
        <Card>
          <CardTitle>Get 5% back on your next top-up</CardTitle>
          <p style={{ margin: 0 }}>Only this week.</p>
        </Card>
      </MarketingSlot>
    </>
  ),
  play: async ({ canvasElement, globals }) => {
    const offer = within(canvasElement).queryByText(/5% back/);
    await expect(offer === null).toBe(globals.mode === 'elder');
  },
};
