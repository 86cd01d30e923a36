import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from '../button';
import { Card, CardTitle } from './Card';

const meta = {
  title: 'Layout/Card',
  component: Card,
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** to frame one group of related facts, such as an account and its balance.',
          '**Do:** give it a `CardTitle` at the right heading level; put the action inside as a `Button` or link.',
          "**Don't:** make the whole card clickable (use `ListRow` for a row that leads somewhere); fill a screen with cards of equal weight.",
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Card>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Balance: Story = {
  name: 'An account balance with one action',
  render: () => (
    <Card asChild aria-labelledby="savings-title">
      <section>
        <CardTitle id="savings-title">Savings account ····8890</CardTitle>
        <p style={{ margin: 0, fontSize: 'var(--eui-font-size-heading)', fontWeight: 700 }}>¥12,400.00</p>
        <Button tone="secondary">See statement</Button>
      </section>
    </Card>
  ),
};
