import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider } from '../locale';
import { Switch } from './Switch';

describe('Switch', () => {
  it('is a switch named by its label, its state in words', async () => {
    const onCheckedChange = vi.fn();
    render(<Switch label="Payment alerts" hint="A text message for every payment" onCheckedChange={onCheckedChange} />);
    const toggle = screen.getByRole('switch', { name: 'Payment alerts' });
    expect(toggle).toHaveAccessibleDescription('A text message for every payment');
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveTextContent('Off');
    await userEvent.click(screen.getByText('Payment alerts'));
    expect(toggle).toBeChecked();
    expect(toggle).toHaveTextContent('On');
    expect(onCheckedChange).toHaveBeenLastCalledWith(true);
  });

  it('turns with Space and Enter', async () => {
    render(<Switch label="Alerts" />);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(screen.getByRole('switch')).toBeChecked();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('switch')).not.toBeChecked();
  });

  it('follows a controlled state and takes its own words', () => {
    render(<Switch label="Alerts" checked onLabel="Yes" offLabel="No" />);
    expect(screen.getByRole('switch')).toBeChecked();
    expect(screen.getByRole('switch')).toHaveTextContent('Yes');
  });

  it('speaks the locale', () => {
    render(
      <LocaleProvider locale="zh-TW">
        <Switch label="通知" />
      </LocaleProvider>,
    );
    expect(screen.getByRole('switch', { name: '通知' })).toHaveTextContent('已關閉');
  });

  it('does nothing when disabled', async () => {
    render(<Switch label="Alerts" disabled />);
    await userEvent.click(screen.getByText('Alerts'));
    expect(screen.getByRole('switch')).not.toBeChecked();
  });

  it('has no axe violations off, on and disabled', async () => {
    render(
      <>
        <Switch label="A" />
        <Switch label="B" defaultChecked hint="On by default" />
        <Switch label="C" disabled />
      </>,
    );
    expect(await axeViolations()).toEqual([]);
  });
});
