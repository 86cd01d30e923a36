import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../test/support/axe';
import * as stories from './SendMoney.stories';

const { Form, FilledIn } = composeStories(stories);

describe('Send money, keyboard only', () => {
  it('goes from an empty form to "Money sent" without a pointer', async () => {
    const onSent = vi.fn();
    render(<Form onSent={onSent} />);
    await userEvent.tab();
    expect(screen.getByRole('textbox', { name: 'Who gets the money' })).toHaveFocus();
    await userEvent.keyboard('Wang Xiaoming');
    await userEvent.tab();
    expect(screen.getByRole('textbox', { name: 'Amount in yuan' })).toHaveFocus();
    await userEvent.keyboard('1250.00');
    await userEvent.tab();
    expect(screen.getByRole('link', { name: /Call the anti-fraud line/ })).toHaveFocus();
    await userEvent.tab();
    const next = screen.getByRole('button', { name: 'Continue' });
    expect(next).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    const dialog = screen.getByRole('alertdialog', { name: 'Send this money?' });
    expect(dialog).toHaveAccessibleDescription(/¥1250\.00.*Wang Xiaoming.*cannot be taken back/);
    // The safe choice has focus first.
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(within(dialog).getByRole('checkbox', { name: 'I have checked the details above' })).toHaveFocus();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.tab();
    expect(within(dialog).getByRole('button', { name: 'Send ¥1250.00' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onSent).toHaveBeenCalledWith({ recipient: 'Wang Xiaoming', amount: '1250.00' });
    expect(screen.getByRole('status')).toHaveTextContent('Money sent¥1250.00 is on its way to Wang Xiaoming.');
    expect(next).toHaveFocus();
  });

  it('never sends on a single press of the confirm button', async () => {
    const onSent = vi.fn();
    render(<FilledIn onSent={onSent} />);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send ¥1250.00' }));
    expect(onSent).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect(screen.getByRole('checkbox')).toHaveFocus();
    expect(screen.getByRole('checkbox')).toHaveAccessibleDescription(/tick the box first/i);
  });

  it('cancels with Escape, sends nothing and returns focus to "Continue"', async () => {
    const onSent = vi.fn();
    render(<FilledIn onSent={onSent} />);
    screen.getByRole('button', { name: 'Continue' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onSent).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus();
  });

  it('reads the amount back in words under the field and again in the confirmation', async () => {
    const onSent = vi.fn();
    render(<FilledIn onSent={onSent} />);
    expect(screen.getByRole('textbox', { name: 'Amount in yuan' })).toHaveAccessibleDescription(
      /In words: one thousand two hundred fifty yuan/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Send this money?' });
    expect(dialog).toHaveAccessibleDescription(/¥1250\.00 In words: one thousand two hundred fifty yuan To Wang Xiaoming/);
    await userEvent.click(within(dialog).getByRole('checkbox'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send ¥1250.00' }));
    // The amount arrives as the string the field reported, with no rounding on the way.
    expect(onSent).toHaveBeenCalledWith({ recipient: 'Wang Xiaoming', amount: '1250.00' });
  });

  it('says in words what is missing instead of confirming', async () => {
    render(<Form />);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Who gets the money' })).toHaveAccessibleDescription(/Enter who gets the money/);
  });

  it('has no axe violations on the form, in the confirmation and after sending', async () => {
    render(<FilledIn />);
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(screen.getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Send ¥1250.00' }));
    expect(await axeViolations()).toEqual([]);
  });
});
