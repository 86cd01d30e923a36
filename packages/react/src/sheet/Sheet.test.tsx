import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { resetErrors } from '../internal/dev';
import { ThemeScope } from '../theme';
import { Sheet, SheetContent, SheetDescription, SheetTitle } from '.';
import * as stories from './Sheet.stories';

const { Chinese, FromParts, Indonesian, KeyboardRoundTrip: HoursSheet } = composeStories(stories);

afterEach(() => {
  vi.restoreAllMocks();
  resetErrors();
});

describe('Sheet', () => {
  it('opens from its trigger as a modal dialog named by its title and described by its description', async () => {
    render(<HoursSheet />);
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Opening hours' }));
    const sheet = screen.getByRole('dialog', { name: 'Opening hours' });
    // Modal: the page under it is hidden from assistive technology.
    expect(screen.queryByRole('button', { name: 'Opening hours' })).toBeNull();
    expect(sheet).toHaveAccessibleDescription('When you can visit a branch or call us.');
    expect(sheet).toContainElement(document.activeElement as HTMLElement);
  });

  it('is named and described the same way when built from SheetTitle and SheetDescription', async () => {
    const error = vi.spyOn(console, 'error');
    render(<FromParts />);
    const sheet = await screen.findByRole('dialog', { name: 'Opening hours' });
    expect(sheet).toHaveAccessibleDescription('When you can visit a branch or call us.');
    expect(screen.getByRole('heading', { level: 2, name: 'Opening hours' })).toBeInTheDocument();
    expect(error).not.toHaveBeenCalled();
  });

  it('closes with Escape and gives focus back to the trigger', async () => {
    const onOpenChange = vi.fn();
    render(<HoursSheet onOpenChange={onOpenChange} />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Opening hours' })).toHaveFocus();
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
  });

  it('has a close button named "Close" where focus starts, marked as a primary target, that closes it and returns focus', async () => {
    render(<HoursSheet />);
    await userEvent.click(screen.getByRole('button', { name: 'Opening hours' }));
    const close = screen.getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    expect(close).toHaveAttribute('data-eui-target', 'primary');
    await userEvent.click(close);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Opening hours' })).toHaveFocus();
  });

  it('closes from a SheetClose action of its own', async () => {
    render(<HoursSheet />);
    await userEvent.click(screen.getByRole('button', { name: 'Opening hours' }));
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps Tab inside while open', async () => {
    render(<HoursSheet />);
    await userEvent.click(screen.getByRole('button', { name: 'Opening hours' }));
    const sheet = screen.getByRole('dialog');
    for (let i = 0; i < 4; i += 1) {
      await userEvent.tab();
      expect(sheet).toContainElement(document.activeElement as HTMLElement);
    }
  });

  it('follows `open` when controlled, and asks to change it', async () => {
    const onOpenChange = vi.fn();
    const { rerender } = render(<HoursSheet open={false} onOpenChange={onOpenChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Opening hours' }));
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(screen.queryByRole('dialog')).toBeNull();
    rerender(<HoursSheet open onOpenChange={onOpenChange} />);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it.each([
    ['zh-CN', Chinese, '营业时间', '关闭'],
    ['id', Indonesian, 'Jam buka', 'Tutup'],
  ] as const)('names its close button in %s', async (_locale, Story, title, close) => {
    render(<Story />);
    const sheet = await screen.findByRole('dialog', { name: title });
    expect(sheet).toContainElement(screen.getByRole('button', { name: close }));
  });

  it('is a development error without a title', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <Sheet defaultOpen>
        <SheetContent description="Words without a title">Body</SheetContent>
      </Sheet>,
    );
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/<SheetContent> needs a `title` or a <SheetTitle>/));
  });

  it('is a development error with an empty SheetTitle', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <Sheet defaultOpen>
        <SheetContent>
          <SheetTitle>{' '}</SheetTitle>
          <SheetDescription>Body</SheetDescription>
        </SheetContent>
      </Sheet>,
    );
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/<SheetContent> needs a `title`/));
  });

  it('renders into the body carrying the theme of the ThemeScope it was opened in', async () => {
    render(
      <ThemeScope mode="elder" scheme="dark" contrast="high">
        <HoursSheet />
      </ThemeScope>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Opening hours' }));
    const root = screen.getByRole('dialog').closest('[data-eui-portal]')!;
    expect(root.parentElement).toBe(document.body);
    expect(root).toHaveAttribute('data-eui-mode', 'elder');
    expect(root).toHaveAttribute('data-eui-scheme', 'dark');
    expect(root).toHaveAttribute('data-eui-contrast', 'high');
  });

  it('has no axe violations closed, open, and built from its parts', async () => {
    const { unmount } = render(<HoursSheet />);
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Opening hours' }));
    expect(await axeViolations()).toEqual([]);
    unmount();
    render(<FromParts />);
    await screen.findByRole('dialog');
    expect(await axeViolations()).toEqual([]);
  });
});
