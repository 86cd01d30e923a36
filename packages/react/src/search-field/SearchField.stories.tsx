import { primaryTarget, targetAttribute } from '@elder-ui/tokens/contract';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Heading } from '../heading';
import { SearchField, type SearchFieldProps } from './SearchField';

const meta = {
  title: 'Forms/SearchField',
  component: SearchField,
  args: { label: 'Search services' },
  decorators: [(Story) => <div style={{ maxWidth: '32rem' }}><Story /></div>],
  parameters: {
    docs: {
      description: {
        component: [
          'Use a SearchField to find something in a list or across the app: a service, a payee, a bill. It is `<input type="search">` with its label always visible, a search icon, and the phone keyboard\'s "Search" key (`enterKeyHint`).',
          'Once there are words in it, one clear button sits beside it: an icon in standard mode, the icon with "Clear search" in words in elder mode. It empties the field and puts focus back in it; Escape does the same, and only a second Escape reaches a dialog around the field. The browser\'s own small cross is hidden, so there is only one way to clear.',
          'Give `resultCount` and the number of results shows in words under the field ("12 results", "No results", 找到 12 条结果), read with the field and said once by screen readers when typing pauses, not at every key. `landmark` makes it the page\'s search landmark (`role="search"`).',
          '**Do** label it with what it searches ("Search services", not just "Search"), update `resultCount` as results change, give the page\'s main search `landmark`, and mark it as a primary target (`data-eui-target="primary"`) when searching is the main thing the screen is for.',
          "**Don't** use a placeholder instead of the label, search on every key when results are slow to come, hide the count in a colour or an icon alone, or give more than one search on a page `landmark` without telling them apart by their labels.",
          'In elder mode the box is at least 48 px high (60 px as a primary target) with 20 px text; the clear button is at least 48 × 48 px with its words showing.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof SearchField>;

export default meta;
type Story = StoryObj<typeof meta>;

const services = [
  'Pay electricity bill',
  'Pay water bill',
  'Pay gas bill',
  'Top up phone credit',
  'Transfer money',
  'Pension payments',
  'Health insurance card',
  'Book a doctor',
  'Bus card top up',
  'Pay property fee',
  'Pay internet bill',
  'Pay TV bill',
  'Pay school fees',
  'Pay parking fine',
];

/** A search over a list of services: the count follows the words. */
function ServiceSearch(args: SearchFieldProps) {
  const [query, setQuery] = useState(args.defaultValue ?? '');
  const words = query.trim().toLowerCase();
  const found = words ? services.filter((service) => service.toLowerCase().includes(words)) : [];
  return (
    <div style={{ display: 'grid', gap: 'var(--eui-space-md)' }}>
      <SearchField {...args} value={query} onValueChange={setQuery} resultCount={words ? found.length : undefined} />
      {found.length > 0 ? (
        <ul style={{ margin: 0 }}>
          {found.map((service) => (
            <li key={service}>{service}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Also checks the styles loaded: an unstyled input is about 21 px high. */
export const Default: Story = {
  name: 'Label above an empty search box, no clear button yet',
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('searchbox', { name: 'Search services' });
    const elder = globals.mode === 'elder';
    await expect(input.getBoundingClientRect().height).toBeGreaterThanOrEqual(elder ? 48 : 44);
    await expect(parseFloat(getComputedStyle(input).fontSize)).toBeGreaterThanOrEqual(elder ? 20 : 16);
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

export const WithResults: Story = {
  name: 'Words typed: the count of results shows under the box, with one clear button',
  args: { defaultValue: 'bill', resultCount: 12, hint: 'For example, a bill or a card' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('searchbox')).toHaveAccessibleDescription('For example, a bill or a card 12 results');
    await expect(canvas.getAllByRole('button', { name: 'Clear search' })).toHaveLength(1);
  },
};

export const Filtering: Story = {
  name: 'Typing filters a list; the count follows, and clearing empties it',
  render: (args) => <ServiceSearch {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('searchbox');
    await userEvent.type(input, 'pay');
    await expect(canvas.getByText('9 results')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Clear search' }));
    await expect(input).toHaveValue('');
    await expect(input).toHaveFocus();
    await expect(canvas.queryByText(/results?$/)).toBeNull();
  },
};

export const NoResults: Story = {
  name: 'Nothing found: "No results" in words',
  args: { defaultValue: 'passport', resultCount: 0 },
};

export const WithError: Story = {
  name: 'Error in words, above the box',
  args: { defaultValue: 'a', error: 'Type at least 2 letters to search', required: true },
};

export const Disabled: Story = {
  name: 'Disabled, with words in it',
  args: { defaultValue: 'bill', disabled: true },
};

export const Chinese: Story = {
  name: 'In Chinese: 清除搜索 and 找到 3 条结果',
  globals: { locale: 'zh-CN' },
  args: { label: '搜索服务', hint: '例如：水费、公交卡', defaultValue: '缴费', resultCount: 3, lang: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('找到 3 条结果')).toBeVisible();
    await expect(canvas.getByRole('button', { name: '清除搜索' })).toBeVisible();
  },
};

export const TraditionalChinese: Story = {
  name: 'In Traditional Chinese: 清除搜尋 and 沒有找到結果',
  globals: { locale: 'zh-TW' },
  args: { label: '搜尋服務', defaultValue: '護照', resultCount: 0, lang: 'zh-TW' },
};

export const Indonesian: Story = {
  name: 'In Indonesian: Hapus pencarian and 1 hasil',
  globals: { locale: 'id' },
  args: { label: 'Cari layanan', hint: 'Misalnya tagihan listrik atau kartu bus', defaultValue: 'listrik', resultCount: 1, lang: 'id' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('1 hasil')).toBeVisible();
  },
};

export const Elder: Story = {
  name: 'Elder mode: large box, and "Clear search" in words beside the icon',
  globals: { mode: 'elder' },
  args: { defaultValue: 'electricity', resultCount: 1 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('searchbox');
    const clear = canvas.getByRole('button', { name: 'Clear search' });
    await expect(input.getBoundingClientRect().height).toBeGreaterThanOrEqual(48);
    await expect(clear.getBoundingClientRect().height).toBeGreaterThanOrEqual(48);
    // The words show: wider than the visually hidden 1 px box of standard mode.
    await expect(within(clear).getByText('Clear search').getBoundingClientRect().width).toBeGreaterThan(40);
  },
};

export const LongText: Story = {
  name: 'Long label, hint and error wrap in a narrow column',
  args: {
    label: 'Search for a service, a bill you have paid before, or a person you have sent money to',
    hint: 'You can type part of a name, a company or an account number, and the results show as you type',
    error: 'Type at least 2 letters or numbers, so the search can find what you are looking for',
    defaultValue: 'Shenzhen Water Supply and Drainage Company, household account',
    resultCount: 1234,
  },
  decorators: [(Story) => <div style={{ maxWidth: '18rem' }}><Story /></div>],
};

export const InPageHeader: Story = {
  name: "Inside a page header, as the page's search landmark and main action",
  render: (args) => (
    <header style={{ display: 'grid', gap: 'var(--eui-space-md)' }}>
      <Heading level={1}>Services</Heading>
      <ServiceSearch {...args} landmark {...{ [targetAttribute]: primaryTarget }} />
    </header>
  ),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const landmark = canvas.getByRole('search');
    const input = within(landmark).getByRole('searchbox', { name: 'Search services' });
    await expect(input.getBoundingClientRect().height).toBeGreaterThanOrEqual(globals.mode === 'elder' ? 60 : 44);
  },
};
