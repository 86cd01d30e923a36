import { FamilyIcon, MessageIcon, PhoneIcon } from '@elder-ui/icons';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { useState } from 'react';
import { Heading } from '../heading';
import { ReadAloudProvider } from '../read-aloud';
import { DemoSpeech } from '../read-aloud/demo-speech';
import { Text } from '../text';
import { Inline } from '../stack';
import { HelpAction, HelpButton, HelpListenAction, type HelpButtonProps } from './HelpButton';

const meta = {
  title: 'Navigation/HelpButton',
  component: HelpButton,
  subcomponents: { HelpAction },
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** once in every product, in the same place on every screen (ELDER-MODE.md, "Help is always in the same place"). It shows the word "Help" beside its icon in both modes and opens a sheet with the product\'s own ways to reach a person.',
          '**Actions:** each way to get help is a `HelpAction`, a large row (60 px high) with a title, an optional line under it and an icon: `href="tel:…"` to call, `onClick` for an action on the page, such as asking a family member. Choosing one closes the sheet and gives focus back to the button. `HelpListenAction` is a "Listen to this page" row: it reads the page\'s `<main>` (or the element of a ref) aloud, and says "Stop reading" while it does; a child of its own, so a help button without it does not carry read aloud.',
          '**Placement:** `inline` (the default) leaves it in the flow: put it in the header your layout renders on every screen, where it can never cover anything. `top-end` and `bottom-end` fix it in a corner of the screen; then keep that corner free of anything that takes focus (a top or bottom padding on the page and the same `scroll-padding` on its scroller, at least the button\'s height plus a gap), so focus is never hidden under it (WCAG 2.4.11). A top corner avoids most conflicts: bottom corners are where tab bars and main actions sit.',
          '**Do:** render it in your layout, not per page; lead to a person: a phone line with its hours, a family member, a branch; keep each title to a few words that start with the action ("Call us").',
          "**Don't:** put promotions, surveys or a chatbot with no way to a person in it (MIIT 5.1); move it between screens or hide it in a menu; change its word — it says \"Help\" in the person's language everywhere.",
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof HelpButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The product's own ways to get help, as an app would pass them. */
function BankHelp(props: HelpButtonProps) {
  return (
    <HelpButton {...props}>
      <HelpAction href="tel:95188" icon={<PhoneIcon />} title="Call us" description="Every day, 8:00 to 20:00. Free of charge." />
      <HelpAction icon={<FamilyIcon />} title="Ask a family member" description="Send them this page" onClick={() => {}} />
      <HelpAction href="#branches" icon={<MessageIcon />} title="Visit a branch" description="Find the one nearest to you" />
    </HelpButton>
  );
}

/** The page header every screen shares, with the help button at its end. */
function Header(props: HelpButtonProps) {
  return (
    <Inline justify="between">
      <Heading level={1} size="heading">
        Accounts
      </Heading>
      <BankHelp {...props} />
    </Inline>
  );
}

/** The help button's size: 60 × 60 in elder mode, 44 × 44 otherwise, with its word showing. */
async function expectHelpButtonSize(button: HTMLElement, mode: unknown) {
  const box = button.getBoundingClientRect();
  const minimum = mode === 'elder' ? 60 : 44;
  await expect(box.width).toBeGreaterThanOrEqual(minimum);
  await expect(box.height).toBeGreaterThanOrEqual(minimum);
  await expect(parseFloat(getComputedStyle(button).fontSize)).toBeGreaterThanOrEqual(mode === 'elder' ? 22 : 16);
}

/** Also measures the button in each theme. */
export const Closed: Story = {
  name: 'Closed: "Help" in words at the end of the page header',
  render: (args) => <Header {...args} />,
  play: async ({ canvasElement, globals }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Help' });
    await expect(button).toHaveTextContent('Help');
    await expectHelpButtonSize(button, globals.mode);
  },
};

/** Also measures the rows in each theme. */
export const OpenWithActions: Story = {
  name: 'Open: a sheet of large rows, each a way to reach a person',
  args: { defaultOpen: true },
  render: (args) => <Header {...args} />,
  play: async () => {
    const sheet = await within(document.body).findByRole('dialog', { name: 'Get help' });
    const rows = [...within(sheet).getAllByRole('link'), ...within(sheet).getAllByRole('button', { name: /family/ })];
    await expect(rows).toHaveLength(3);
    for (const row of rows) await expect(row.getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
  },
};

export const TraditionalChinese: Story = {
  name: 'Traditional Chinese: 幫助, and the sheet in zh-TW',
  args: { defaultOpen: true },
  globals: { locale: 'zh-TW' },
  render: (args) => (
    <Inline justify="between">
      <Heading level={1} size="heading">
        帳戶
      </Heading>
      <HelpButton {...args}>
        <HelpAction href="tel:0800000123" icon={<PhoneIcon />} title="打電話給客服" description="每天 8:00 至 20:00，免付費" />
        <HelpAction icon={<FamilyIcon />} title="請家人幫忙" description="把這一頁傳給家人" onClick={() => {}} />
      </HelpButton>
    </Inline>
  ),
  play: async ({ canvasElement }) => {
    // Under the open sheet the page is hidden from assistive technology, so the button is found among hidden elements.
    await expect(within(canvasElement).getByRole('button', { name: '幫助', hidden: true })).toHaveTextContent('幫助');
    const sheet = await within(document.body).findByRole('dialog', { name: '取得協助' });
    await expect(within(sheet).getByRole('button', { name: '關閉' })).toBeInTheDocument();
  },
};

export const Indonesian: Story = {
  name: 'Indonesian: Bantuan',
  globals: { locale: 'id' },
  render: (args) => (
    <HelpButton {...args}>
      <HelpAction href="tel:1500888" icon={<PhoneIcon />} title="Telepon kami" description="Setiap hari, pukul 08.00 sampai 20.00" />
    </HelpButton>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Bantuan' })).toHaveTextContent('Bantuan');
  },
};

/** Elder mode whatever the toolbar says. */
export const ElderMode: Story = {
  name: 'Elder mode: a 60 px button with its word, and 60 px rows',
  globals: { mode: 'elder' },
  render: (args) => <Header {...args} />,
  play: async ({ canvasElement }) => {
    await expectHelpButtonSize(within(canvasElement).getByRole('button', { name: 'Help' }), 'elder');
  },
};

export const FixedTopEnd: Story = {
  name: 'Fixed in the top-right corner of the screen, clear of the page',
  args: { placement: 'top-end' },
  render: (args) => (
    // The page keeps the corner free: its top padding is at least the button's height and a gap.
    <div style={{ paddingBlockStart: '6rem' }}>
      <Heading level={1} size="heading">
        Accounts
      </Heading>
      <BankHelp {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('button', { name: 'Help' }).getBoundingClientRect();
    await expect(box.top).toBeLessThan(window.innerHeight / 4);
    await expect(window.innerWidth - box.right).toBeLessThan(window.innerWidth / 4);
    const heading = within(canvasElement).getByRole('heading', { name: 'Accounts' }).getBoundingClientRect();
    await expect(heading.top).toBeGreaterThanOrEqual(box.bottom);
  },
};

export const WithListen: Story = {
  name: 'With "Listen to this page" first in the sheet',
  args: { defaultOpen: true },
  render: function Render(args) {
    // A silent stand-in voice, so the row works on any machine.
    const [speech] = useState(() => new DemoSpeech({ auto: true }));
    return (
      <ReadAloudProvider speech={speech}>
        <Inline justify="between">
          <Heading level={1} size="heading">
            Statements
          </Heading>
          <HelpButton {...args}>
            <HelpListenAction />
            <HelpAction href="tel:95188" icon={<PhoneIcon />} title="Call us" description="Every day, 8:00 to 20:00. Free of charge." />
          </HelpButton>
        </Inline>
        <Text>Your statement for November is ready. It shows every payment in and out.</Text>
      </ReadAloudProvider>
    );
  },
  play: async () => {
    const sheet = await within(document.body).findByRole('dialog', { name: 'Get help' });
    const rows = within(sheet).getAllByRole('listitem');
    await expect(rows[0]).toHaveTextContent('Listen to this page');
    await expect(within(rows[0]!).getByRole('button')).toBeEnabled();
  },
};
