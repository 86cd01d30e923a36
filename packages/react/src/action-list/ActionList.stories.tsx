import { BillIcon, FamilyIcon, HelpIcon, TransferIcon } from '@elder-ui/icons';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ActionList, ListRow } from './ActionList';

const meta = {
  title: 'Navigation/ActionList',
  component: ActionList,
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** the big-entry list of an elder home screen or a settings page: one row per task, each leading somewhere.',
          '**Do:** start the title with the task ("Pay bills"), keep the description to one short line, use `href` for navigation and `onClick` for an action on this page; give the list an `aria-label` when the page has more than one.',
          "**Don't:** put two controls in one row (the whole row is one target, at least 60 px high); put promotions in the list; truncate titles (they wrap).",
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof ActionList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Also measures the rows in each theme. */
export const HomeScreen: Story = {
  name: 'Home screen: icon, title, description and chevron, the whole row one target',
  render: () => (
    <ActionList aria-label="Services">
      <ListRow icon={<TransferIcon />} title="Send money" description="To family and friends" href="#send" />
      <ListRow icon={<BillIcon />} title="Pay bills" description="Water, power, phone" href="#bills" />
      <ListRow icon={<FamilyIcon />} title="Family help" description="Let a relative help you" href="#family" />
      <ListRow icon={<HelpIcon />} title="Help" onClick={() => {}} />
    </ActionList>
  ),
  play: async ({ canvasElement }) => {
    for (const row of within(canvasElement).getAllByRole('link')) {
      await expect(row.getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
    }
  },
};

export const LongWords: Story = {
  name: 'Long titles wrap, never cut off',
  render: () => (
    <div style={{ maxWidth: '18rem' }}>
      <ActionList aria-label="Bills">
        <ListRow
          icon={<BillIcon />}
          title="Guangzhou Municipal Water Supply Company"
          description="Account 4402 1187 9921, due on the 15th of every month"
          href="#water"
        />
      </ActionList>
    </div>
  ),
};

export const Chinese: Story = {
  name: 'Chinese',
  render: () => (
    <ActionList aria-label="服务">
      <ListRow icon={<TransferIcon />} title="转账" description="转给家人和朋友" href="#send" />
      <ListRow icon={<BillIcon />} title="生活缴费" description="水费、电费、话费" href="#bills" />
    </ActionList>
  ),
};
