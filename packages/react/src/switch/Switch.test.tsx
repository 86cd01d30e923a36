import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider } from '../locale';
import { Switch } from './Switch';

/** The words shown with a switch, inside its row (the hit area). */
const wordsBy = (toggle: HTMLElement) => within(toggle.closest('label')!);

describe('Switch', () => {
  it('is a switch named by its label, its state in words', async () => {
    const onCheckedChange = vi.fn();
    render(<Switch label="Payment alerts" hint="A text message for every payment" onCheckedChange={onCheckedChange} />);
    const toggle = screen.getByRole('switch', { name: 'Payment alerts' });
    expect(toggle).toHaveAccessibleDescription('A text message for every payment');
    expect(toggle).not.toBeChecked();
    expect(wordsBy(toggle).getByText('Off')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Payment alerts'));
    expect(toggle).toBeChecked();
    expect(wordsBy(toggle).getByText('On')).toBeInTheDocument();
    expect(wordsBy(toggle).queryByText('Off')).toBeNull();
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
    expect(wordsBy(screen.getByRole('switch')).getByText('Yes')).toBeInTheDocument();
  });

  it('speaks the locale', () => {
    render(
      <LocaleProvider locale="zh-TW">
        <Switch label="通知" />
      </LocaleProvider>,
    );
    expect(wordsBy(screen.getByRole('switch', { name: '通知' })).getByText('已關閉')).toBeInTheDocument();
  });

  it('is sent with its form and put back by a reset', async () => {
    render(
      <form aria-label="Settings">
        <Switch label="Alerts" name="alerts" />
        <Switch label="Sounds" name="sounds" value="yes" defaultChecked />
        <button type="reset">Start again</button>
      </form>,
    );
    const form = screen.getByRole<HTMLFormElement>('form');
    expect([...new FormData(form)]).toEqual([['sounds', 'yes']]);
    await userEvent.click(screen.getByText('Alerts'));
    await userEvent.click(screen.getByText('Sounds'));
    expect([...new FormData(form)]).toEqual([['alerts', 'on']]);
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect([...new FormData(form)]).toEqual([['sounds', 'yes']]);
    const sounds = screen.getByRole('switch', { name: 'Sounds' });
    expect(sounds).toBeChecked();
    // The words follow: the state the component holds came back with the input.
    expect(wordsBy(sounds).getByText('On')).toBeInTheDocument();
    expect(wordsBy(screen.getByRole('switch', { name: 'Alerts' })).getByText('Off')).toBeInTheDocument();
  });

  it('does not send its form on Enter', async () => {
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(
      <form aria-label="Settings" onSubmit={onSubmit}>
        <Switch label="Alerts" name="alerts" />
        <button type="submit">Save</button>
      </form>,
    );
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('switch')).toBeChecked();
    expect(onSubmit).not.toHaveBeenCalled();
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
