import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider } from '../locale';
import { PasswordField } from './PasswordField';

afterEach(() => {
  vi.useRealTimers();
});

const input = () => document.querySelector('input')!;

describe('PasswordField', () => {
  it('is a password input named by its label, with autoComplete for password managers', () => {
    render(<PasswordField label="Password" hint="At least 8 characters" autoComplete="new-password" required />);
    expect(input()).toHaveAttribute('type', 'password');
    expect(input()).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByLabelText('Password (required)')).toBe(input());
    expect(input()).toHaveAccessibleDescription('At least 8 characters');
  });

  it('shows and hides the password with a button in words, from the keyboard', async () => {
    render(<PasswordField label="Password" defaultValue="secret123" />);
    await userEvent.tab();
    await userEvent.tab();
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(input()).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Hide password' })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(input()).toHaveAttribute('type', 'password');
  });

  it('announces the new state', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    render(
      <LocaleProvider locale="zh-CN">
        <PasswordField label="密码" />
      </LocaleProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: '显示密码' }));
    act(() => vi.advanceTimersByTime(150));
    expect(document.querySelector('[data-eui-announcer]')).toHaveTextContent('密码已显示');
  });

  it('takes a pasted password', async () => {
    render(<PasswordField label="Password" />);
    await userEvent.click(input());
    await userEvent.paste('Pa55-word');
    expect(input()).toHaveValue('Pa55-word');
  });

  it('carries its error', () => {
    render(<PasswordField label="Password" error="Enter your password" />);
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    expect(input()).toHaveAccessibleDescription('Error: Enter your password');
  });

  it('follows a controlled visibility', async () => {
    const onVisibleChange = vi.fn();
    render(<PasswordField label="Password" visible onVisibleChange={onVisibleChange} />);
    expect(input()).toHaveAttribute('type', 'text');
    await userEvent.click(screen.getByRole('button', { name: 'Hide password' }));
    expect(onVisibleChange).toHaveBeenCalledWith(false);
  });

  it('has no axe violations, hidden, shown and with an error', async () => {
    render(
      <>
        <PasswordField label="Password" />
        <PasswordField label="New password" defaultVisible error="Use at least 8 characters" required />
      </>,
    );
    expect(await axeViolations()).toEqual([]);
  });
});
