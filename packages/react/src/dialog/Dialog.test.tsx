import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { Button } from '../button';
import { LocaleProvider } from '../locale';
import { ThemeScope } from '../theme';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogTrigger,
  Dialog,
  DialogClose,
  DialogContent,
  DialogFooter,
  DialogTrigger,
} from '.';
import { resetErrors } from '../internal/dev';

afterEach(() => {
  vi.restoreAllMocks();
  resetErrors();
});

function PayeeDialog({ onOpenChange }: { onOpenChange?: (open: boolean) => void }) {
  return (
    <Dialog onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>Change payee</Button>
      </DialogTrigger>
      <DialogContent title="Change payee" description="Choose who gets the money.">
        <p>Wang Xiaoming, Bank of China</p>
        <DialogFooter>
          <DialogClose asChild>
            <Button>Done</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

describe('Dialog', () => {
  it('opens from its trigger as a dialog named by its title and described by its description', async () => {
    render(<PayeeDialog />);
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Change payee' }));
    const dialog = screen.getByRole('dialog', { name: 'Change payee' });
    expect(dialog).toHaveAccessibleDescription('Choose who gets the money.');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('closes with Escape and gives focus back to the trigger', async () => {
    const onOpenChange = vi.fn();
    render(<PayeeDialog onOpenChange={onOpenChange} />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Change payee' })).toHaveFocus();
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
  });

  it('has a close button named "Close", first in the header after the title, that returns focus', async () => {
    render(<PayeeDialog />);
    await userEvent.click(screen.getByRole('button', { name: 'Change payee' }));
    const close = screen.getByRole('button', { name: 'Close' });
    expect(close.previousElementSibling).toHaveTextContent('Change payee');
    await userEvent.click(close);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Change payee' })).toHaveFocus();
  });

  it('keeps Tab inside while open', async () => {
    render(<PayeeDialog />);
    await userEvent.click(screen.getByRole('button', { name: 'Change payee' }));
    const dialog = screen.getByRole('dialog');
    for (let i = 0; i < 4; i += 1) {
      await userEvent.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
  });

  it('names its close button in the current language', async () => {
    render(
      <LocaleProvider locale="zh-CN">
        <Dialog defaultOpen>
          <DialogContent title="更换收款人">内容</DialogContent>
        </Dialog>
      </LocaleProvider>,
    );
    expect(await screen.findByRole('button', { name: '关闭' })).toBeInTheDocument();
  });

  it('is a development error without a title', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <Dialog defaultOpen>
        <DialogContent title="">Body</DialogContent>
      </Dialog>,
    );
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/needs a `title`/));
  });

  it('renders into the body carrying the theme of the ThemeScope it was opened in', async () => {
    render(
      <ThemeScope mode="elder" scheme="dark" contrast="high">
        <PayeeDialog />
      </ThemeScope>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Change payee' }));
    const root = screen.getByRole('dialog').closest('[data-eui-mode]')!;
    expect(root).toHaveAttribute('data-eui-portal');
    expect(root).toHaveAttribute('data-eui-mode', 'elder');
    expect(root).toHaveAttribute('data-eui-scheme', 'dark');
    expect(root).toHaveAttribute('data-eui-contrast', 'high');
  });

  it('has no axe violations closed and open', async () => {
    render(<PayeeDialog />);
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Change payee' }));
    expect(await axeViolations()).toEqual([]);
  });
});

function DeleteDialog({ onDelete }: { onDelete: () => void }) {
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button tone="danger">Delete card</Button>
      </AlertDialogTrigger>
      <AlertDialogContent title="Delete this card?" description="You will need to add it again to pay with it.">
        <DialogFooter>
          <AlertDialogCancel asChild>
            <Button tone="secondary">Keep card</Button>
          </AlertDialogCancel>
          <AlertDialogAction asChild>
            <Button tone="danger" onClick={onDelete}>
              Delete card
            </Button>
          </AlertDialogAction>
        </DialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

describe('AlertDialog', () => {
  it('opens as an alert dialog with focus on the safe choice', async () => {
    render(<DeleteDialog onDelete={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete card' }));
    expect(screen.getByRole('alertdialog', { name: 'Delete this card?' })).toHaveAccessibleDescription(
      'You will need to add it again to pay with it.',
    );
    expect(screen.getByRole('button', { name: 'Keep card' })).toHaveFocus();
  });

  it('ignores a tap outside it', async () => {
    render(<DeleteDialog onDelete={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete card' }));
    // The veil around the dialog, where a stray tap lands.
    await userEvent.click(screen.getByRole('alertdialog').parentElement!);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('cancels with Escape and returns focus to the trigger', async () => {
    const onDelete = vi.fn();
    render(<DeleteDialog onDelete={onDelete} />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onDelete).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Delete card' })).toHaveFocus();
  });

  it('goes ahead only from its action, then returns focus', async () => {
    const onDelete = vi.fn();
    render(<DeleteDialog onDelete={onDelete} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete card' }));
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(onDelete).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Delete card' })).toHaveFocus();
  });

  it('has no axe violations open', async () => {
    render(<DeleteDialog onDelete={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete card' }));
    expect(await axeViolations()).toEqual([]);
  });
});
