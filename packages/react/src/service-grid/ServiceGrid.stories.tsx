import { BankCardIcon, BillIcon, BusIcon, FamilyIcon, HelpIcon, PayIcon, ScanIcon, TopUpIcon, TransferIcon } from '@elder-ui/icons';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentPropsWithRef } from 'react';
import { expect, within } from 'storybook/test';
import { ServiceGrid, ServiceTile, serviceGridElderColumns } from './ServiceGrid';

const meta = {
  title: 'Navigation/ServiceGrid',
  component: ServiceGrid,
  subcomponents: { ServiceTile },
  argTypes: { elderColumns: { control: 'inline-radio', options: serviceGridElderColumns } },
  parameters: {
    docs: {
      description: {
        component: [
          'The home grid of big tiles, as on the first screen of a payments or government app in elder mode: one tile per service, an icon with its word under it. Four tiles to a row in standard mode; in elder mode three or two (`elderColumns`). Each tile is one target, at least 60 × 60 px in elder mode (44 in standard), with 12 px between tiles (8 in standard).',
          'On a 320 px phone a third of the row leaves about 72 px for the 22 px words of elder mode: room for three Chinese characters, but only four or five Latin letters. So by default elder mode has three tiles to a row in Chinese and two in English and Indonesian, whose words would otherwise break in the middle; set `elderColumns` when your words say otherwise.',
          'Where a row has no room for that many tiles at least a target wide (a 320 px phone at a large text size), the grid puts fewer tiles in a row; it never scrolls sideways.',
          'A tile is a button; with `href` it is a link, and with `asChild` it renders your router\'s link (Next.js `Link`, React Router `Link`) with the icon and word inside it. The grid is a list, so screen readers say how many services there are.',
          '**Do:** name each service in a word or two ("Transfer", 转账, "Bayar"); choose `elderColumns={3}` only when every word is short (two or three Chinese characters, or up to five Latin letters); give the grid an `aria-label` or `aria-labelledby` to the heading above it; say a badge in words ("3 new", "Due today"), which screen readers hear as part of the tile\'s name.',
          "**Don't:** show an icon without its word; use a bare number or a red dot as a badge; put promotions among the services (MIIT 5.1); put more than about nine services on the first screen (move the rest to a page of their own).",
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof ServiceGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The width of a phone screen's content: the grid fills what it is given. */
const phone = { maxWidth: '30rem' };

/** How many tiles sit in the first row, read from the layout. */
function tilesInFirstRow(canvas: HTMLElement): number {
  const tops = within(canvas)
    .getAllByRole('listitem')
    .map((item) => Math.round(item.getBoundingClientRect().top));
  return tops.filter((top) => top === tops[0]).length;
}

/** Also measures the tiles and counts the columns in each theme. */
export const HomeScreen: Story = {
  name: 'Four tiles to a row in standard mode; two in elder mode, for English words',
  render: (args) => (
    <div style={phone}>
      <ServiceGrid aria-label="Services" {...args}>
        <ServiceTile icon={<TransferIcon />} label="Transfer" />
        <ServiceTile icon={<BillIcon />} label="Pay bills" />
        <ServiceTile icon={<TopUpIcon />} label="Top up" />
        <ServiceTile icon={<FamilyIcon />} label="Family" />
        <ServiceTile icon={<HelpIcon />} label="Help" />
      </ServiceGrid>
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const elder = globals.mode === 'elder';
    await expect(within(canvasElement).getByRole('list', { name: 'Services' })).toBeVisible();
    await expect(tilesInFirstRow(canvasElement)).toBe(elder ? 2 : 4);
    for (const tile of within(canvasElement).getAllByRole('button')) {
      const box = tile.getBoundingClientRect();
      await expect(box.width).toBeGreaterThanOrEqual(elder ? 60 : 44);
      await expect(box.height).toBeGreaterThanOrEqual(elder ? 60 : 44);
      await expect(parseFloat(getComputedStyle(tile).fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
    }
  },
};

export const ThreeInElderMode: Story = {
  name: 'Three tiles to a row in elder mode, for short words',
  render: () => (
    <div style={phone}>
      <ServiceGrid aria-label="Services" elderColumns={3}>
        <ServiceTile icon={<PayIcon />} label="Pay" />
        <ServiceTile icon={<ScanIcon />} label="Scan" />
        <ServiceTile icon={<BankCardIcon />} label="Cards" />
        <ServiceTile icon={<BusIcon />} label="Bus" />
        <ServiceTile icon={<HelpIcon />} label="Help" />
      </ServiceGrid>
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    await expect(tilesInFirstRow(canvasElement)).toBe(globals.mode === 'elder' ? 3 : 4);
  },
};

export const TwoInElderMode: Story = {
  name: 'Two tiles to a row in elder mode, chosen for Chinese words that are long',
  globals: { locale: 'zh-CN' },
  render: () => (
    <div lang="zh-CN" style={phone}>
      <ServiceGrid aria-label="服务" elderColumns={2}>
        <ServiceTile icon={<BillIcon />} label="生活缴费" />
        <ServiceTile icon={<TopUpIcon />} label="手机充值" />
        <ServiceTile icon={<FamilyIcon />} label="亲情账户" />
        <ServiceTile icon={<HelpIcon />} label="联系客服" />
      </ServiceGrid>
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    await expect(tilesInFirstRow(canvasElement)).toBe(globals.mode === 'elder' ? 2 : 4);
  },
};

export const Badges: Story = {
  name: 'Badges say the news in words, under the word',
  render: () => (
    <div style={phone}>
      <ServiceGrid aria-label="Services">
        <ServiceTile icon={<TransferIcon />} label="Transfer" />
        <ServiceTile icon={<BillIcon />} label="Pay bills" badge="Due today" />
        <ServiceTile icon={<FamilyIcon />} label="Family" badge="3 new" />
        <ServiceTile icon={<HelpIcon />} label="Help" />
      </ServiceGrid>
    </div>
  ),
  play: async ({ canvasElement }) => {
    // The name is "Family, 3 new"; name computations differ only in the spaces around the hidden comma.
    await expect(within(canvasElement).getByRole('button', { name: /^Family\s?,\s?3 new$/ })).toBeVisible();
  },
};

export const LongWords: Story = {
  name: 'Long words wrap inside the tile, never cut off',
  render: () => (
    <div style={{ maxWidth: '20rem' }}>
      <ServiceGrid aria-label="Services">
        <ServiceTile icon={<BillIcon />} label="Electricity, water and gas" badge="2 bills due" />
        <ServiceTile icon={<TopUpIcon />} label="Telecommunications" />
        <ServiceTile icon={<FamilyIcon />} label="Grandchildren" />
        <ServiceTile icon={<HelpIcon />} label="Help" />
      </ServiceGrid>
    </div>
  ),
  play: async ({ canvasElement }) => {
    for (const tile of within(canvasElement).getAllByRole('button')) {
      await expect(tile.scrollWidth).toBeLessThanOrEqual(tile.clientWidth);
    }
  },
};

export const Chinese: Story = {
  name: 'Chinese: 转账, 缴费, 充值, 家人, 帮助, three to a row in elder mode',
  globals: { locale: 'zh-CN' },
  render: () => (
    <div lang="zh-CN" style={phone}>
      <ServiceGrid aria-label="服务">
        <ServiceTile icon={<TransferIcon />} label="转账" />
        <ServiceTile icon={<BillIcon />} label="缴费" badge="2 笔待缴" />
        <ServiceTile icon={<TopUpIcon />} label="充值" />
        <ServiceTile icon={<FamilyIcon />} label="家人" />
        <ServiceTile icon={<HelpIcon />} label="帮助" />
      </ServiceGrid>
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    await expect(tilesInFirstRow(canvasElement)).toBe(globals.mode === 'elder' ? 3 : 4);
  },
};

export const Indonesian: Story = {
  name: 'Indonesian, two tiles to a row in elder mode',
  globals: { locale: 'id' },
  render: () => (
    <div lang="id" style={phone}>
      <ServiceGrid aria-label="Layanan">
        <ServiceTile icon={<TransferIcon />} label="Kirim uang" />
        <ServiceTile icon={<BillIcon />} label="Bayar tagihan" badge="2 jatuh tempo" />
        <ServiceTile icon={<TopUpIcon />} label="Isi pulsa" />
        <ServiceTile icon={<FamilyIcon />} label="Keluarga" />
        <ServiceTile icon={<HelpIcon />} label="Bantuan" />
      </ServiceGrid>
    </div>
  ),
};

export const ElderMode: Story = {
  name: 'Elder mode: big tiles, 22 px words, 12 px apart',
  globals: { mode: 'elder' },
  render: HomeScreen.render,
  play: async ({ canvasElement }) => {
    const [first, second] = within(canvasElement).getAllByRole('button');
    await expect(second!.getBoundingClientRect().left - first!.getBoundingClientRect().right).toBeGreaterThanOrEqual(12);
    await expect(tilesInFirstRow(canvasElement)).toBe(2);
  },
};

/** A stand-in for a router's link component, which renders an `<a>` and passes props through. */
function RouterLink({ to, children, ...props }: { to: string } & ComponentPropsWithRef<'a'>) {
  return (
    <a {...props} href={to}>
      {children}
    </a>
  );
}

export const Links: Story = {
  name: "Tiles as links: href, or a router's Link with asChild",
  render: () => (
    <div style={phone}>
      <ServiceGrid aria-label="Services">
        <ServiceTile icon={<TransferIcon />} label="Transfer" href="#transfer" />
        <ServiceTile icon={<BillIcon />} label="Pay bills" asChild>
          <RouterLink to="#bills" />
        </ServiceTile>
        <ServiceTile icon={<HelpIcon />} label="Help" href="#help" />
      </ServiceGrid>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Pay bills' })).toHaveAttribute('href', '#bills');
  },
};
