import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../button';
import { Text } from '../text';
import { Sheet, SheetClose, SheetContent, SheetDescription, SheetTitle, SheetTrigger, type SheetProps } from './Sheet';

const meta = {
  title: 'Overlays/Sheet',
  component: Sheet,
  subcomponents: { SheetTrigger, SheetContent, SheetTitle, SheetDescription, SheetClose },
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** on phones, for a short task or a detail the person asked to see, that sits better near the thumb than in the middle of the screen: opening hours, ways to get help, a choice of account.',
          '**Parts:** `Sheet` holds the open state (`open`, `defaultOpen`, `onOpenChange`); `SheetTrigger` opens it; `SheetContent` is the sheet, with its close button, and takes `title` and `description` as shorthands for `SheetTitle` and `SheetDescription`; `SheetClose` closes it from an action of your own.',
          '**Do:** give every sheet a title (a sheet without one is a development error; the `title` shorthand keeps it in view above the part that scrolls, where a `SheetTitle` scrolls with the rest); keep it to one task; open it only when the person asked for it.',
          "**Don't:** rely on a swipe to close it (the kit has none: the close button, Escape and your own `SheetClose` actions are the ways out); open a sheet nobody asked for (no promotions, MIIT 5.1); put a money or legal action in it without `ConfirmAction`.",
          'It rises from the bottom edge: the whole width on a phone, at most 40 rem wide and centred on larger screens, at most 90 % of the screen high with its body scrolling, and clear of the home indicator (safe-area inset). It slides in only when the person has not asked for reduced motion, and never in elder mode. Focus moves in when it opens, stays inside, and returns to where it came from. The close button is the kit\'s `IconButton` in the top-right corner, marked as a primary target: in elder mode it is at least 60 × 60 px and says "Close" in words.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Sheet>;

export default meta;
type Story = StoryObj<typeof meta>;

function HoursSheet(props: SheetProps) {
  return (
    <Sheet {...props}>
      <SheetTrigger asChild>
        <Button tone="secondary">Opening hours</Button>
      </SheetTrigger>
      <SheetContent title="Opening hours" description="When you can visit a branch or call us.">
        <Text>Branches: Monday to Saturday, 9:00 to 17:00.</Text>
        <Text>Phone line: every day, 8:00 to 20:00.</Text>
        <SheetClose asChild>
          <Button>Done</Button>
        </SheetClose>
      </SheetContent>
    </Sheet>
  );
}

/** Waits for the sheet to come to rest, so it is measured where it stays, not on its way in. */
async function settled(sheet: HTMLElement) {
  await Promise.all(sheet.getAnimations().map((animation) => animation.finished));
  return sheet;
}

/** The close button's size and corner, and the sheet on the bottom edge. */
async function expectSheetShape(sheet: HTMLElement, mode: unknown) {
  await settled(sheet);
  const close = within(sheet).getByRole('button', { name: /close|关闭|關閉|tutup/i });
  const box = close.getBoundingClientRect();
  const frame = sheet.getBoundingClientRect();
  const minimum = mode === 'elder' ? 60 : 44;
  await expect(box.width).toBeGreaterThanOrEqual(minimum);
  await expect(box.height).toBeGreaterThanOrEqual(minimum);
  await expect(box.top - frame.top).toBeLessThan(frame.height / 3);
  await expect(frame.right - box.right).toBeLessThan(frame.width / 3);
  await expect(Math.abs(frame.bottom - window.innerHeight)).toBeLessThanOrEqual(1);
}

/** Also checks the close button and the bottom edge in each theme. */
export const Open: Story = {
  name: 'Open: on the bottom edge, title, words and a close button in the top-right',
  args: { defaultOpen: true },
  render: (args) => <HoursSheet {...args} />,
  play: async ({ globals }) => {
    const sheet = await within(document.body).findByRole('dialog', { name: 'Opening hours' });
    await expectSheetShape(sheet, globals.mode);
  },
};

export const KeyboardRoundTrip: Story = {
  name: 'Closed: Enter opens it, Escape closes it, focus comes back',
  render: (args) => <HoursSheet {...args} />,
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Opening hours' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const sheet = await within(document.body).findByRole('dialog');
    await expect(sheet).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
  },
};

export const Chinese: Story = {
  name: 'Chinese title, words and close button',
  args: { defaultOpen: true },
  globals: { locale: 'zh-CN' },
  render: (args) => (
    <Sheet {...args}>
      <SheetTrigger asChild>
        <Button tone="secondary">营业时间</Button>
      </SheetTrigger>
      <SheetContent title="营业时间" description="到网点办理或打电话的时间。">
        <Text>网点：周一至周六，9:00 至 17:00。</Text>
        <Text>客服电话：每天 8:00 至 20:00。</Text>
        <SheetClose asChild>
          <Button>知道了</Button>
        </SheetClose>
      </SheetContent>
    </Sheet>
  ),
  play: async ({ globals }) => {
    const sheet = await within(document.body).findByRole('dialog', { name: '营业时间' });
    await expect(within(sheet).getByRole('button', { name: '关闭' })).toBeInTheDocument();
    await expectSheetShape(sheet, globals.mode);
  },
};

export const Indonesian: Story = {
  name: 'Indonesian title, words and close button',
  args: { defaultOpen: true },
  globals: { locale: 'id' },
  render: (args) => (
    <Sheet {...args}>
      <SheetTrigger asChild>
        <Button tone="secondary">Jam buka</Button>
      </SheetTrigger>
      <SheetContent title="Jam buka" description="Kapan Anda bisa datang ke kantor cabang atau menelepon kami.">
        <Text>Kantor cabang: Senin sampai Sabtu, pukul 09.00 sampai 17.00.</Text>
        <Text>Layanan telepon: setiap hari, pukul 08.00 sampai 20.00.</Text>
        <SheetClose asChild>
          <Button>Mengerti</Button>
        </SheetClose>
      </SheetContent>
    </Sheet>
  ),
  play: async ({ globals }) => {
    const sheet = await within(document.body).findByRole('dialog', { name: 'Jam buka' });
    await expect(within(sheet).getByRole('button', { name: 'Tutup' })).toBeInTheDocument();
    await expectSheetShape(sheet, globals.mode);
  },
};

/** The same sheet built from its parts; the parts then scroll with the body. */
export const FromParts: Story = {
  name: 'Built from its parts: SheetTitle and SheetDescription',
  args: { defaultOpen: true },
  render: (args) => (
    <Sheet {...args}>
      <SheetTrigger asChild>
        <Button tone="secondary">Opening hours</Button>
      </SheetTrigger>
      <SheetContent>
        <SheetTitle>Opening hours</SheetTitle>
        <SheetDescription>
          When you can visit a branch or <strong>call us</strong>.
        </SheetDescription>
        <Text>Phone line: every day, 8:00 to 20:00.</Text>
      </SheetContent>
    </Sheet>
  ),
  play: async () => {
    const sheet = await within(document.body).findByRole('dialog', { name: 'Opening hours' });
    await expect(sheet).toHaveAccessibleDescription('When you can visit a branch or call us.');
  },
};

/** Also checks that the body scrolls while the title and the close button stay in view. */
export const LongContent: Story = {
  name: 'Long content: the body scrolls, the title and close button stay in view',
  args: { defaultOpen: true },
  render: (args) => (
    <Sheet {...args}>
      <SheetTrigger asChild>
        <Button tone="secondary">Fees for sending money abroad</Button>
      </SheetTrigger>
      <SheetContent title="Fees for sending money abroad" description="What a transfer to another country costs.">
        {Array.from({ length: 10 }, (_, index) => (
          <Text key={index}>
            Transfers to a bank outside the country cost 0.1% of the amount, at least ¥50 and at most ¥260. The other bank may
            take its own fee, which we cannot see in advance.
          </Text>
        ))}
        <SheetClose asChild>
          <Button>I understand</Button>
        </SheetClose>
      </SheetContent>
    </Sheet>
  ),
  play: async () => {
    const sheet = await settled(await within(document.body).findByRole('dialog', { name: 'Fees for sending money abroad' }));
    await expect(sheet.getBoundingClientRect().height).toBeLessThanOrEqual(window.innerHeight * 0.9 + 1);
    const done = within(sheet).getByRole('button', { name: 'I understand' });
    done.scrollIntoView();
    const title = within(sheet).getByRole('heading', { name: 'Fees for sending money abroad' }).getBoundingClientRect();
    await expect(title.top).toBeGreaterThanOrEqual(sheet.getBoundingClientRect().top);
    await expect(done.getBoundingClientRect().bottom).toBeLessThanOrEqual(window.innerHeight);
  },
};

/** Elder mode whatever the toolbar says: 60 × 60 close button with its word, no motion. */
export const ElderMode: Story = {
  name: 'Elder mode: a 60 × 60 close button that says "Close", and no slide',
  args: { defaultOpen: true },
  globals: { mode: 'elder' },
  render: (args) => <HoursSheet {...args} />,
  play: async () => {
    const sheet = await within(document.body).findByRole('dialog', { name: 'Opening hours' });
    await expectSheetShape(sheet, 'elder');
    await expect(getComputedStyle(sheet).animationName).toBe('none');
  },
};
