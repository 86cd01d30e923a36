import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../button';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogTitle,
  AlertDialogTrigger,
  type AlertDialogProps,
} from './AlertDialog';
import { DialogFooter } from './Dialog';

interface DeleteCardProps extends AlertDialogProps {
  /** What the "Delete card" action does (this example's own prop, not the dialog's). */
  onDelete?: () => void;
}

/** The two answers: the safe choice first. */
function Answers({ onDelete }: Pick<DeleteCardProps, 'onDelete'>) {
  return (
    <DialogFooter>
      <AlertDialogCancel asChild>
        <Button tone="secondary">Keep card</Button>
      </AlertDialogCancel>
      <AlertDialogAction asChild onClick={onDelete}>
        <Button tone="danger">Delete card</Button>
      </AlertDialogAction>
    </DialogFooter>
  );
}

function DeleteCard({ onDelete, ...props }: DeleteCardProps) {
  return (
    <AlertDialog {...props}>
      <AlertDialogTrigger asChild>
        <Button tone="danger">Delete card</Button>
      </AlertDialogTrigger>
      <AlertDialogContent title="Delete this card?" description="You will need to add it again to pay with it.">
        <Answers onDelete={onDelete} />
      </AlertDialogContent>
    </AlertDialog>
  );
}

// Typed rather than inferred, so a test may pass its own spy as `onDelete`.
const meta: Meta<DeleteCardProps> = {
  title: 'Overlays/AlertDialog',
  component: AlertDialog,
  subcomponents: { AlertDialogTrigger, AlertDialogContent, AlertDialogTitle, AlertDialogDescription, AlertDialogCancel, AlertDialogAction },
  args: { onDelete: fn() },
  render: (args) => <DeleteCard {...args} />,
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** a question that must be answered before going on, such as "Delete this card?".',
          '**Parts:** as `Dialog`: `AlertDialog` holds the open state, `AlertDialogTrigger` opens it, `AlertDialogContent` is the dialog, `AlertDialogTitle` asks the question and `AlertDialogDescription` says what will happen (or the `title` and `description` shorthands). The answers are `AlertDialogCancel` and `AlertDialogAction`; there is no close button.',
          '**Do:** ask in the title, say what will happen in the description, put the safe choice first (`AlertDialogCancel`, which gets focus) and name the action by what it does ("Delete card", not "OK").',
          "**Don't:** use it for money transfers or contracts: use `ConfirmAction`, which restates the details and needs a deliberate step. A tap outside never closes it; Escape cancels.",
        ].join('\n\n'),
      },
    },
  },
};

export default meta;
type Story = StoryObj<typeof meta>;

export const Open: Story = {
  name: 'Open: the safe choice has focus',
  args: { defaultOpen: true },
  play: async () => {
    const dialog = await within(document.body).findByRole('alertdialog', { name: 'Delete this card?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Keep card' })).toHaveFocus());
  },
};

export const EscapeCancels: Story = {
  name: 'Escape cancels and focus returns to the trigger',
  play: async ({ args, canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Delete card' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    await within(document.body).findByRole('alertdialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(document.body).queryByRole('alertdialog')).toBeNull());
    await expect(trigger).toHaveFocus();
    await expect(args.onDelete).not.toHaveBeenCalled();
  },
};

export const FromParts: Story = {
  name: 'Built from its parts: AlertDialogTitle and AlertDialogDescription',
  args: { defaultOpen: true },
  render: ({ onDelete, ...args }) => (
    <AlertDialog {...args}>
      <AlertDialogTrigger asChild>
        <Button tone="danger">Delete card</Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogTitle>Delete this card?</AlertDialogTitle>
        <AlertDialogDescription>
          You will need to add it again to pay with it. <strong>Payments already made are not affected.</strong>
        </AlertDialogDescription>
        <Answers onDelete={onDelete} />
      </AlertDialogContent>
    </AlertDialog>
  ),
  play: async () => {
    const dialog = await within(document.body).findByRole('alertdialog', { name: 'Delete this card?' });
    await expect(dialog).toHaveAccessibleDescription(
      'You will need to add it again to pay with it. Payments already made are not affected.',
    );
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Keep card' })).toHaveFocus());
  },
};
