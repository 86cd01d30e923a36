import { HomeIcon, MessageIcon, HelpIcon, TransferIcon, UserIcon } from '@elder-ui/icons';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentPropsWithRef, CSSProperties, ReactNode } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Heading } from '../heading';
import { Link } from '../link';
import { Text } from '../text';
import { TabBar, TabBarItem } from './TabBar';

const meta = {
  title: 'Navigation/TabBar',
  component: TabBar,
  subcomponents: { TabBarItem },
  parameters: {
    docs: {
      description: {
        component: [
          'Bottom navigation between the two to five main places of an app, as on the first screens of a payments or government app. Every item is an icon with its word under it, in both modes; the current place is marked with `current` (`aria-current="page"`), in bold with a heavy bar, not by colour alone. In elder mode each item is a primary target, at least 60 px tall (48 px in standard mode).',
          '**Position.** `position="fixed"` (the default) holds the bar to the bottom of the screen and leaves a spacer of its height where it is rendered, so the end of the page scrolls clear of it: render it once, last in the page. `sticky` keeps it at the bottom of its container; `static` leaves it in the flow (as in these stories, inside a phone-sized frame).',
          '**Focus is never hidden under the bar (WCAG 2.4.11).** While a fixed or sticky bar is mounted, it keeps its measured height in `--eui-tab-bar-height` on the root element, and the kit\'s CSS gives the root `scroll-padding-bottom: var(--eui-tab-bar-height)`, so the browser scrolls a focused element to above the bar. If your page scrolls inside a container of its own, give that container the same `scroll-padding-bottom`. The bar also keeps clear of a phone\'s home indicator with `env(safe-area-inset-bottom)`: add `viewport-fit=cover` to the viewport meta tag.',
          '**Routers.** Give each item an `href`, or pass your router\'s link with `asChild`: `<TabBarItem asChild label="Home" icon={<HomeIcon />} current={pathname === "/"}><Link href="/" /></TabBarItem>` with Next.js; the icon and word go inside the link.',
          '**Do:** name each place in one short word ("Home", 首页, "Beranda"); mark exactly one item `current`; keep the same bar on every main screen; in elder mode prefer four places or fewer: on a 320 px phone five items leave 64 px each, room for two Chinese characters or four Latin letters at 22 px, and longer words wrap.',
          "**Don't:** use fewer than two or more than five items (a development warning says so); show icons without words; use the bar for actions (\"Pay\"), which belong in a Button; put a second bar on the page.",
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof TabBar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A phone-sized screen: the page's content, then the bar along its bottom edge. */
function Phone({ children, bar, style }: { children?: ReactNode; bar: ReactNode; style?: CSSProperties }) {
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        boxSizing: 'border-box',
        maxWidth: '26rem',
        minHeight: '22rem',
        border: '1px solid var(--eui-color-border-divider)',
        ...style,
      }}
    >
      <div style={{ flex: '1 1 auto', padding: 'var(--eui-space-lg)' }}>{children}</div>
      {bar}
    </div>
  );
}

/** The item heights the spec asks for, measured. */
async function expectTallItems(canvas: HTMLElement, elder: boolean) {
  for (const item of within(canvas).getAllByRole('link')) {
    const box = item.getBoundingClientRect();
    await expect(box.height).toBeGreaterThanOrEqual(elder ? 60 : 48);
    await expect(box.width).toBeGreaterThanOrEqual(elder ? 60 : 48);
    await expect(parseFloat(getComputedStyle(item).fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
  }
}

/** Also measures the items in each theme. */
export const FourPlaces: Story = {
  name: 'Four places, the current one in bold with a bar',
  render: () => (
    <Phone
      bar={
        <TabBar position="static">
          <TabBarItem icon={<HomeIcon />} label="Home" href="#home" current />
          <TabBarItem icon={<TransferIcon />} label="Transfer" href="#transfer" />
          <TabBarItem icon={<MessageIcon />} label="Messages" href="#messages" />
          <TabBarItem icon={<UserIcon />} label="Me" href="#me" />
        </TabBar>
      }
    >
      <Text>Your accounts and recent payments.</Text>
    </Phone>
  ),
  play: async ({ canvasElement, globals }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Main' });
    await expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    await expect(within(nav).getByRole('link', { name: 'Me' })).not.toHaveAttribute('aria-current');
    await expectTallItems(canvasElement, globals.mode === 'elder');
  },
};

export const TwoPlaces: Story = {
  name: 'Two places, the fewest it takes',
  render: () => (
    <Phone
      bar={
        <TabBar position="static">
          <TabBarItem icon={<HomeIcon />} label="Home" href="#home" />
          <TabBarItem icon={<UserIcon />} label="Me" href="#me" current />
        </TabBar>
      }
    >
      <Text>Your details.</Text>
    </Phone>
  ),
};

export const FivePlaces: Story = {
  name: 'Five places, the most it takes, on a small phone',
  render: () => (
    <Phone
      style={{ maxWidth: '20rem' }}
      bar={
        <TabBar position="static">
          <TabBarItem icon={<HomeIcon />} label="Home" href="#home" />
          <TabBarItem icon={<TransferIcon />} label="Pay" href="#pay" current />
          <TabBarItem icon={<MessageIcon />} label="Mail" href="#mail" />
          <TabBarItem icon={<HelpIcon />} label="Help" href="#help" />
          <TabBarItem icon={<UserIcon />} label="Me" href="#me" />
        </TabBar>
      }
    >
      <Text>Five items share a 320 px screen: 64 px each, room for two Chinese characters or a short word.</Text>
    </Phone>
  ),
  play: async ({ canvasElement, globals }) => {
    const nav = within(canvasElement).getByRole('navigation');
    await expect(nav.scrollWidth).toBeLessThanOrEqual(nav.clientWidth);
    await expectTallItems(canvasElement, globals.mode === 'elder');
  },
};

export const LongWords: Story = {
  name: 'Long words wrap under the icon, never cut off',
  render: () => (
    <Phone
      style={{ maxWidth: '20rem' }}
      bar={
        <TabBar position="static">
          <TabBarItem icon={<HomeIcon />} label="Home" href="#home" />
          <TabBarItem icon={<TransferIcon />} label="Transactions" href="#transactions" current />
          <TabBarItem icon={<MessageIcon />} label="Notifications" href="#notifications" />
          <TabBarItem icon={<UserIcon />} label="My account" href="#account" />
        </TabBar>
      }
    >
      <Text>Words longer than an item break onto a second line.</Text>
    </Phone>
  ),
  play: async ({ canvasElement }) => {
    for (const item of within(canvasElement).getAllByRole('link')) {
      await expect(item.scrollWidth).toBeLessThanOrEqual(item.clientWidth);
    }
  },
};

export const Chinese: Story = {
  name: 'Chinese: 首页, 转账, 消息, 我的',
  globals: { locale: 'zh-CN' },
  render: () => (
    <Phone
      bar={
        <TabBar position="static">
          <TabBarItem icon={<HomeIcon />} label="首页" href="#home" current />
          <TabBarItem icon={<TransferIcon />} label="转账" href="#transfer" />
          <TabBarItem icon={<MessageIcon />} label="消息" href="#messages" />
          <TabBarItem icon={<UserIcon />} label="我的" href="#me" />
        </TabBar>
      }
    >
      <Text lang="zh-CN">您的账户和最近的付款。</Text>
    </Phone>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: '主要' })).toBeVisible();
  },
};

export const Indonesian: Story = {
  name: 'Indonesian: Beranda, Transfer, Pesan, Akun',
  globals: { locale: 'id' },
  render: () => (
    <Phone
      bar={
        <TabBar position="static">
          <TabBarItem icon={<HomeIcon />} label="Beranda" href="#home" current />
          <TabBarItem icon={<TransferIcon />} label="Transfer" href="#transfer" />
          <TabBarItem icon={<MessageIcon />} label="Pesan" href="#messages" />
          <TabBarItem icon={<UserIcon />} label="Akun" href="#me" />
        </TabBar>
      }
    >
      <Text lang="id">Rekening dan pembayaran terakhir Anda.</Text>
    </Phone>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: 'Utama' })).toBeVisible();
  },
};

export const ElderMode: Story = {
  name: 'Elder mode: items at least 60 px tall with 22 px words',
  globals: { mode: 'elder' },
  render: FourPlaces.render,
  play: async ({ canvasElement }) => {
    await expectTallItems(canvasElement, true);
  },
};

/** A stand-in for a router's link component (Next.js `Link`, React Router `Link`): an `<a>` that passes props through. */
function RouterLink({ to, children, ...props }: { to: string } & ComponentPropsWithRef<'a'>) {
  return (
    <a {...props} href={to}>
      {children}
    </a>
  );
}

export const RouterLinks: Story = {
  name: "Items as a router's links, through asChild",
  render: () => (
    <Phone
      bar={
        <TabBar position="static">
          <TabBarItem icon={<HomeIcon />} label="Home" asChild current>
            <RouterLink to="#home" />
          </TabBarItem>
          <TabBarItem icon={<TransferIcon />} label="Transfer" asChild>
            <RouterLink to="#transfer" />
          </TabBarItem>
          <TabBarItem icon={<UserIcon />} label="Me" asChild>
            <RouterLink to="#me" />
          </TabBarItem>
        </TabBar>
      }
    />
  ),
  play: async ({ canvasElement }) => {
    const home = within(canvasElement).getByRole('link', { name: 'Home' });
    await expect(home).toHaveAttribute('href', '#home');
    await expect(home).toHaveAttribute('aria-current', 'page');
  },
};

/** A page taller than the screen, with a link at its very end. */
function LongPage() {
  return (
    <div style={{ padding: 'var(--eui-space-lg)' }}>
      <Heading level={1}>Recent payments</Heading>
      {Array.from({ length: 24 }, (_, index) => (
        <Text key={index}>
          Payment {index + 1}: electricity bill, 86.40 yuan, paid on the {index + 1}th.
        </Text>
      ))}
      <Text>
        Payments older than a year are kept for seven more years, in <Link href="#all">the full list</Link>.
      </Text>
    </div>
  );
}

export const Fixed: Story = {
  name: 'Fixed to the bottom of the screen: focus never goes under it',
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, height: '30rem' } } },
  render: () => (
    <>
      <LongPage />
      <TabBar>
        <TabBarItem icon={<HomeIcon />} label="Home" href="#home" current />
        <TabBarItem icon={<TransferIcon />} label="Transfer" href="#transfer" />
        <TabBarItem icon={<MessageIcon />} label="Messages" href="#messages" />
        <TabBarItem icon={<UserIcon />} label="Me" href="#me" />
      </TabBar>
    </>
  ),
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const last = within(canvasElement).getByRole('link', { name: 'the full list' });
    await expect(last).toHaveFocus();
    const bar = within(canvasElement).getByRole('navigation').getBoundingClientRect();
    await expect(last.getBoundingClientRect().bottom).toBeLessThanOrEqual(bar.top);
  },
};

export const StickyInPanel: Story = {
  name: 'Sticky at the bottom of a scrolling panel, which keeps focus above it',
  render: () => (
    <div
      style={{
        maxWidth: '26rem',
        height: '24rem',
        overflowY: 'auto',
        border: '1px solid var(--eui-color-border-divider)',
        // The page scrolls inside this panel, not the window: it takes the bar's height as scroll padding.
        scrollPaddingBottom: 'var(--eui-tab-bar-height)',
      }}
    >
      <LongPage />
      <TabBar position="sticky">
        <TabBarItem icon={<HomeIcon />} label="Home" href="#home" />
        <TabBarItem icon={<TransferIcon />} label="Transfer" href="#transfer" current />
        <TabBarItem icon={<UserIcon />} label="Me" href="#me" />
      </TabBar>
    </div>
  ),
};
