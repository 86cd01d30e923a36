import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { resetErrors } from '../internal/dev';
import { ThemeScope } from '../theme';
import { AlertDialog, AlertDialogContent, Dialog, DialogContent, DialogDescription, DialogTitle } from '.';
import * as alertDialogStories from './AlertDialog.stories';
import * as dialogStories from './Dialog.stories';

const { Chinese, FromParts, KeyboardRoundTrip: PayeeDialog } = composeStories(dialogStories);
const { EscapeCancels: DeleteDialog, FromParts: DeleteFromParts } = composeStories(alertDialogStories);

afterEach(() => {
  vi.restoreAllMocks();
  resetErrors();
});

describe('Dialog', () => {
  it('opens from its trigger as a dialog named by its title and described by its description', async () => {
    render(<PayeeDialog />);
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Change payee' }));
    const dialog = screen.getByRole('dialog', { name: 'Change payee' });
    expect(dialog).toHaveAccessibleDescription('Choose who gets the money. You can change it again before you pay.');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('is named and described the same way when built from DialogTitle and DialogDescription', async () => {
    const error = vi.spyOn(console, 'error');
    render(<FromParts />);
    const dialog = await screen.findByRole('dialog', { name: 'Change payee' });
    expect(dialog).toHaveAccessibleDescription('Choose who gets the money. You can change it again before you pay.');
    expect(screen.getByRole('heading', { level: 2, name: 'Change payee' })).toBeInTheDocument();
    expect(error).not.toHaveBeenCalled();
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

  it('follows `open` when controlled, and asks to change it', async () => {
    const onOpenChange = vi.fn();
    const { rerender } = render(<PayeeDialog open={false} onOpenChange={onOpenChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Change payee' }));
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(screen.queryByRole('dialog')).toBeNull();
    rerender(<PayeeDialog open onOpenChange={onOpenChange} />);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('has a close button named "Close" where focus starts, that closes it and returns focus', async () => {
    render(<PayeeDialog />);
    await userEvent.click(screen.getByRole('button', { name: 'Change payee' }));
    const close = screen.getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    // Marked for the elder rules, which hold primary targets to 60 × 60.
    expect(close).toHaveAttribute('data-eui-target', 'primary');
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
    render(<Chinese />);
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

  it('is a development error with neither a title nor a DialogTitle, or with an empty DialogTitle', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <Dialog defaultOpen>
        <DialogContent>
          <DialogDescription>Body</DialogDescription>
        </DialogContent>
      </Dialog>,
    );
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/<DialogContent> needs a `title` or a <DialogTitle>/));
    resetErrors();
    error.mockClear();
    render(
      <Dialog defaultOpen>
        <DialogContent>
          <DialogTitle>{' '}</DialogTitle>
        </DialogContent>
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

  it('has no axe violations open when built from its parts', async () => {
    render(<FromParts />);
    await screen.findByRole('dialog');
    expect(await axeViolations()).toEqual([]);
  });
});

describe('AlertDialog', () => {
  it('opens as an alert dialog with focus on the safe choice', async () => {
    render(<DeleteDialog />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete card' }));
    expect(screen.getByRole('alertdialog', { name: 'Delete this card?' })).toHaveAccessibleDescription(
      'You will need to add it again to pay with it.',
    );
    expect(screen.getByRole('button', { name: 'Keep card' })).toHaveFocus();
  });

  it('is named and described by AlertDialogTitle and AlertDialogDescription, focus on the safe choice', async () => {
    render(<DeleteFromParts />);
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete this card?' });
    expect(dialog).toHaveAccessibleDescription('You will need to add it again to pay with it. Payments already made are not affected.');
    expect(screen.getByRole('button', { name: 'Keep card' })).toHaveFocus();
  });

  it('has no close button: the answer is one of its actions', async () => {
    render(<DeleteDialog />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete card' }));
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
  });

  it('ignores a tap outside it', async () => {
    render(<DeleteDialog />);
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

  it('is a development error without a title', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <AlertDialog defaultOpen>
        <AlertDialogContent>Body</AlertDialogContent>
      </AlertDialog>,
    );
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/<AlertDialogContent> needs a `title` or a <AlertDialogTitle>/));
  });

  it('has no axe violations open', async () => {
    render(<DeleteDialog />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete card' }));
    expect(await axeViolations()).toEqual([]);
  });
});
