import { composeStories } from '@storybook/react-vite';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import type { ConfirmActionProps } from '.';
import * as stories from './ConfirmAction.stories';

afterEach(() => {
  vi.useRealTimers();
});

/** The stories' transfer confirmation, opened from its "Send money" button. */
function renderConfirm(props: Partial<ConfirmActionProps> = {}, locale = 'en') {
  const { FromATrigger } = composeStories(stories, { initialGlobals: { locale } });
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(<FromATrigger onConfirm={onConfirm} onCancel={onCancel} {...props} />);
  return { onConfirm, onCancel };
}

const open = () => userEvent.click(screen.getByRole('button', { name: 'Send money' }));

describe('ConfirmAction', () => {
  it('restates the amount, the recipient and the consequence, and is announced with them', async () => {
    renderConfirm();
    await open();
    const dialog = screen.getByRole('alertdialog', { name: 'Send this money?' });
    expect(dialog).toHaveAccessibleDescription(
      'Amount ¥1,250.00 To Wang Xiaoming, Bank of China ····4321 The money leaves your account at once. It cannot be taken back.',
    );
    expect(within(dialog).getByText('¥1,250.00').tagName).toBe('DD');
  });

  it('puts focus on the safe choice first', async () => {
    renderConfirm();
    await open();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('does not confirm on one press: the button explains, and focus moves to the tick box', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { onConfirm } = renderConfirm();
    await open();
    const confirm = screen.getByRole('button', { name: 'Send ¥1,250.00' });
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(confirm);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    const box = screen.getByRole('checkbox', { name: 'I have checked the details above' });
    expect(box).toHaveFocus();
    expect(screen.getByText('Please tick the box first, after checking the details.')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(150));
    expect(document.querySelector('[data-eui-announcer]')).toHaveTextContent('Please tick the box first');
  });

  it('confirms after the box is ticked and the button pressed, once, then closes and returns focus', async () => {
    const { onConfirm, onCancel } = renderConfirm();
    await open();
    await userEvent.click(screen.getByRole('checkbox'));
    const confirm = screen.getByRole('button', { name: 'Send ¥1,250.00' });
    expect(confirm).not.toHaveAttribute('aria-disabled');
    await userEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(onCancel).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Send money' })).toHaveFocus();
  });

  it('starts with an empty box every time it opens', async () => {
    renderConfirm();
    await open();
    await userEvent.click(screen.getByRole('checkbox'));
    await userEvent.keyboard('{Escape}');
    await open();
    expect(screen.getByRole('checkbox')).not.toBeChecked();
  });

  it('cancels with the cancel button or Escape, never with a tap outside', async () => {
    const { onConfirm, onCancel } = renderConfirm();
    await open();
    await userEvent.click(screen.getByRole('alertdialog').parentElement!);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    await open();
    await userEvent.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('follows `open` when controlled: confirming asks to close', async () => {
    const onOpenChange = vi.fn();
    const { onConfirm } = renderConfirm({ open: true, onOpenChange });
    await userEvent.click(screen.getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Send ¥1,250.00' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('confirms by keyboard alone', async () => {
    const { onConfirm } = renderConfirm();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it.each([
    ['zh-CN', '取消', '我已核对上面的信息'],
    ['zh-TW', '取消', '我已核對上面的資訊'],
    ['id', 'Batal', 'Saya sudah memeriksa data di atas'],
  ])('speaks %s', async (locale, cancel, check) => {
    renderConfirm({}, locale);
    await open();
    expect(screen.getByRole('button', { name: cancel })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: check })).toBeInTheDocument();
  });

  it('has no axe violations open, unticked and ticked', async () => {
    renderConfirm();
    await open();
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Send ¥1,250.00' }));
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(screen.getByRole('checkbox'));
    expect(await axeViolations()).toEqual([]);
  });
});
