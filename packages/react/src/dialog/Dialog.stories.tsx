import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../button';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
  DialogTrigger,
  type DialogProps,
} from './Dialog';

const meta = {
  title: 'Overlays/Dialog',
  component: Dialog,
  subcomponents: { DialogTrigger, DialogContent, DialogTitle, DialogDescription, DialogFooter, DialogClose },
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** a short task or a detail the person asked to see, that must be finished or closed before going on (change a payee, read the fee table).',
          '**Parts:** `Dialog` holds the open state (`open`, `defaultOpen`, `onOpenChange`); `DialogTrigger` opens it; `DialogContent` is the dialog, with its close button; inside it `DialogTitle` names it, `DialogDescription` is read out when it opens, and `DialogFooter` holds the actions, each a `DialogClose` where it closes the dialog. `DialogContent` also takes `title` and `description` as shorthands for the first two parts.',
          '**Do:** give every dialog a title (a `DialogTitle` or the `title` shorthand; a dialog without one is a development error); keep it to one task; put the actions in `DialogFooter`; open it only when the person asked for it.',
          "**Don't:** open a dialog nobody asked for (no promotions, MIIT 5.1); use it for money or legal actions without `ConfirmAction`; hide the close button or move it out of the top-right corner.",
          'Focus moves in when it opens, stays inside, and returns to where it came from when it closes; Escape and the close button close it. The close button is the kit\'s `IconButton`, marked as a primary target: in elder mode it is at least 60 × 60 px and says "Close" in words beside the icon.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Dialog>;

export default meta;
type Story = StoryObj<typeof meta>;

function PayeeDialog(props: DialogProps) {
  return (
    <Dialog {...props}>
      <DialogTrigger asChild>
        <Button tone="secondary">Change payee</Button>
      </DialogTrigger>
      <DialogContent title="Change payee" description="Choose who gets the money. You can change it again before you pay.">
        <p style={{ margin: 0 }}>Now: Wang Xiaoming, Bank of China, account ending 4321.</p>
        <DialogFooter>
          <DialogClose asChild>
            <Button tone="secondary">Keep this payee</Button>
          </DialogClose>
          <DialogClose asChild>
            <Button>Choose another</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

/** The close button's size and corner, measured in the open dialog. */
async function expectCloseInTopRight(dialog: HTMLElement, mode: unknown) {
  const close = within(dialog).getByRole('button', { name: /close|关闭|關閉|tutup/i });
  const box = close.getBoundingClientRect();
  const frame = dialog.getBoundingClientRect();
  const minimum = mode === 'elder' ? 60 : 44;
  await expect(box.width).toBeGreaterThanOrEqual(minimum);
  await expect(box.height).toBeGreaterThanOrEqual(minimum);
  // Top-right corner: in the top third and the right third of the dialog.
  await expect(box.top - frame.top).toBeLessThan(frame.height / 3);
  await expect(frame.right - box.right).toBeLessThan(frame.width / 3);
}

/** Also checks the close button's size and corner in each theme. */
export const Open: Story = {
  name: 'Open: title, words and a close button in the top-right',
  args: { defaultOpen: true },
  render: (args) => <PayeeDialog {...args} />,
  play: async ({ globals }) => {
    const dialog = await within(document.body).findByRole('dialog', { name: 'Change payee' });
    await expectCloseInTopRight(dialog, globals.mode);
  },
};

export const KeyboardRoundTrip: Story = {
  name: 'Closed: Enter opens it, Escape closes it, focus comes back',
  render: (args) => <PayeeDialog {...args} />,
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Change payee' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await within(document.body).findByRole('dialog');
    await expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
  },
};

/** The same dialog as the shorthand props give, written out: the parts can carry their own props and elements. */
export const FromParts: Story = {
  name: 'Built from its parts: DialogTitle and DialogDescription',
  args: { defaultOpen: true },
  render: (args) => (
    <Dialog {...args}>
      <DialogTrigger asChild>
        <Button tone="secondary">Change payee</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Change payee</DialogTitle>
        <DialogDescription>
          Choose who gets the money. <strong>You can change it again before you pay.</strong>
        </DialogDescription>
        <p style={{ margin: 0 }}>Now: Wang Xiaoming, Bank of China, account ending 4321.</p>
        <DialogFooter>
          <DialogClose asChild>
            <Button>Done</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  ),
  play: async ({ globals }) => {
    const dialog = await within(document.body).findByRole('dialog', { name: 'Change payee' });
    await expect(dialog).toHaveAccessibleDescription('Choose who gets the money. You can change it again before you pay.');
    await expectCloseInTopRight(dialog, globals.mode);
  },
};

export const LongContent: Story = {
  name: 'Long content scrolls with the veil, never cut off',
  args: { defaultOpen: true },
  render: (args) => (
    <Dialog {...args}>
      <DialogTrigger asChild>
        <Button tone="secondary">Fees for sending money abroad</Button>
      </DialogTrigger>
      <DialogContent title="Fees for sending money abroad">
        {Array.from({ length: 8 }, (_, index) => (
          <p key={index} style={{ margin: 0 }}>
            Transfers to a bank outside the country cost 0.1% of the amount, at least ¥50 and at most ¥260. The other
            bank may take its own fee, which we cannot see in advance.
          </p>
        ))}
        <DialogFooter>
          <DialogClose asChild>
            <Button>I understand</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  ),
};

export const Chinese: Story = {
  name: 'Chinese title, text and close button',
  args: { defaultOpen: true },
  globals: { locale: 'zh-CN' },
  render: (args) => (
    <Dialog {...args}>
      <DialogTrigger asChild>
        <Button tone="secondary">更换收款人</Button>
      </DialogTrigger>
      <DialogContent title="更换收款人" description="请选择收款人。付款前还可以再改。">
        <DialogFooter>
          <DialogClose asChild>
            <Button>好的</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  ),
};
