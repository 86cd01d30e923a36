import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../test/support/axe';
import * as stories from './TransferForm.stories';

const { Empty } = composeStories(stories);

describe('Transfer form', () => {
  it('has no axe violations, empty and after a failed submit', async () => {
    render(<Empty />);
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await axeViolations()).toEqual([]);
  });

  it('links every error in the summary to a field that is marked invalid and described by it', async () => {
    render(<Empty />);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('group', { name: 'Please fix these problems' });
    expect(summary).toHaveFocus();
    for (const link of within(summary).getAllByRole('link')) {
      const id = link.getAttribute('href')!.slice(1);
      const target = document.getElementById(id)!;
      expect(target, id).not.toBeNull();
      expect(target).toHaveAttribute('aria-invalid', 'true');
      expect(target).toHaveAccessibleDescription(new RegExp(link.textContent!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
  });

  it('is filled and sent with the keyboard alone', async () => {
    render(<Empty />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('group', { name: 'Please fix these problems' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: /Name of the person/ })).toHaveFocus();
    await userEvent.keyboard('Wang Xiaoming');
    await userEvent.tab();
    await userEvent.keyboard('6222020012345678');
    await userEvent.tab();
    await userEvent.keyboard('300');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(screen.getByRole('radio', { name: 'Now' })).toBeChecked();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('group', { name: 'Please fix these problems' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('send 300.00 yuan to Wang Xiaoming');
  });

  it('keeps an unreadable amount as typed and lists its own error', async () => {
    render(<Empty />);
    await userEvent.type(screen.getByRole('textbox', { name: /Amount/ }), '3,00');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('textbox', { name: /Amount/ })).toHaveValue('3,00');
    const summary = screen.getByRole('group', { name: 'Please fix these problems' });
    expect(within(summary).getByRole('link', { name: /Enter the amount in numbers only/ })).toHaveAttribute('href', '#transfer-amount');
  });
});
