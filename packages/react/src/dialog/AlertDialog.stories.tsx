import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../button';
import { AlertDialog, AlertDialogAction, AlertDialogCancel, AlertDialogContent, AlertDialogTrigger } from './AlertDialog';
import { DialogFooter } from './Dialog';

const meta = {
  title: 'Overlays/AlertDialog',
  component: AlertDialogContent,
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** a question that must be answered before going on, such as "Delete this card?".',
          '**Do:** ask in the title, say what will happen in the description, put the safe choice first (`AlertDialogCancel`, which gets focus) and name the action by what it does ("Delete card", not "OK").',
          "**Don't:** use it for money transfers or contracts: use `ConfirmAction`, which restates the details and needs a deliberate step. A tap outside never closes it; Escape cancels.",
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof AlertDialogContent>;

export default meta;
type Story = StoryObj<typeof meta>;

function DeleteCard({ defaultOpen = false }: { defaultOpen?: boolean }) {
  return (
    <AlertDialog defaultOpen={defaultOpen}>
      <AlertDialogTrigger asChild>
        <Button tone="danger">Delete card</Button>
      </AlertDialogTrigger>
      <AlertDialogContent title="Delete this card?" description="You will need to add it again to pay with it.">
        <DialogFooter>
          <AlertDialogCancel asChild>
            <Button tone="secondary">Keep card</Button>
          </AlertDialogCancel>
          <AlertDialogAction asChild>
            <Button tone="danger">Delete card</Button>
          </AlertDialogAction>
        </DialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

export const Open: Story = {
  name: 'Open: the safe choice has focus',
  args: { title: 'Delete this card?' },
  render: () => <DeleteCard defaultOpen />,
  play: async () => {
    const dialog = await within(document.body).findByRole('alertdialog', { name: 'Delete this card?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Keep card' })).toHaveFocus());
  },
};

export const EscapeCancels: Story = {
  name: 'Escape cancels and focus returns to the trigger',
  args: { title: 'Delete this card?' },
  render: () => <DeleteCard />,
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Delete card' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    await within(document.body).findByRole('alertdialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('alertdialog')).toBeNull());
    await expect(trigger).toHaveFocus();
  },
};
