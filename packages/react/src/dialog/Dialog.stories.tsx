import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../button';
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from './Dialog';

const meta = {
  title: 'Overlays/Dialog',
  component: DialogContent,
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** a short task or a detail the person asked to see, that must be finished or closed before going on (change a payee, read the fee table).',
          '**Do:** give every dialog a `title` (it is required, and a development error without one); keep it to one task; put the actions in `DialogFooter`; open it only when the person asked for it.',
          "**Don't:** open a dialog nobody asked for (no promotions, MIIT 5.1); use it for money or legal actions without `ConfirmAction`; hide the close button or move it out of the top-right corner.",
          'Focus moves in when it opens, stays inside, and returns to where it came from when it closes; Escape and the close button close it. In elder mode the close button is at least 60 × 60 px and says "Close" in words beside the icon.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof DialogContent>;

export default meta;
type Story = StoryObj<typeof meta>;

function PayeeDialog({ defaultOpen = false }: { defaultOpen?: boolean }) {
  return (
    <Dialog defaultOpen={defaultOpen}>
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

/** Also checks the close button's size and corner in each theme. */
export const Open: Story = {
  name: 'Open: title, words and a close button in the top-right',
  args: { title: 'Change payee' },
  render: () => <PayeeDialog defaultOpen />,
  play: async ({ globals }) => {
    const body = within(document.body);
    const dialog = await body.findByRole('dialog', { name: 'Change payee' });
    const close = within(dialog).getByRole('button', { name: /close|关闭|關閉|tutup/i });
    const box = close.getBoundingClientRect();
    const frame = dialog.getBoundingClientRect();
    const minimum = globals.mode === 'elder' ? 60 : 44;
    await expect(box.width).toBeGreaterThanOrEqual(minimum);
    await expect(box.height).toBeGreaterThanOrEqual(minimum);
    // Top-right corner: in the top third and the right third of the dialog.
    await expect(box.top - frame.top).toBeLessThan(frame.height / 3);
    await expect(frame.right - box.right).toBeLessThan(frame.width / 3);
  },
};

export const KeyboardRoundTrip: Story = {
  name: 'Closed: Enter opens it, Escape closes it, focus comes back',
  args: { title: 'Change payee' },
  render: () => <PayeeDialog />,
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

export const LongContent: Story = {
  name: 'Long content scrolls with the veil, never cut off',
  args: { title: 'Fees for sending money abroad' },
  render: () => (
    <Dialog defaultOpen>
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
  name: 'Chinese title and text',
  args: { title: '更换收款人' },
  render: () => (
    <Dialog defaultOpen>
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
