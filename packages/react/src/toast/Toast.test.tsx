import { composeStories } from '@storybook/react-vite';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { Button } from '../button';
import { LocaleProvider } from '../locale';
import { ThemeProvider, ThemeScope } from '../theme';
import { ToastProvider, useToast, type ToastOptions } from '.';
import * as stories from './Toast.stories';

const { Countdown, KeyboardClose, Tones } = composeStories(stories);

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

function Trigger(options: Partial<ToastOptions>) {
  const toast = useToast();
  return <Button onClick={() => toast.show({ title: 'Payment sent', description: '¥50 to Li Na.', ...options })}>Pay</Button>;
}

function renderToasts(options: Partial<ToastOptions> = {}, mode?: 'standard' | 'elder') {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  render(
    <ToastProvider>
      <ThemeScope mode={mode}>
        <Trigger {...options} />
      </ThemeScope>
    </ToastProvider>,
  );
  return user;
}

// user-event's key map has no function keys: `[F8]` sends the key's code, as a keyboard does, which the hotkey reads.
const f8 = '[F8]';
const region = () => screen.getByRole('region', { name: 'Notifications' });
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('Toast notifications', () => {
  it('appear in a named region and are announced', async () => {
    const user = renderToasts();
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    expect(within(region()).getByText('Payment sent')).toBeInTheDocument();
    wait(150);
    expect(document.querySelector('[data-eui-announcer="polite"]')).toHaveTextContent('Payment sent ¥50 to Li Na.');
  });

  it('interrupt only when they are about danger', async () => {
    const user = renderToasts({ tone: 'danger', title: 'Payment failed', description: 'Nothing was taken from your account.' });
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    wait(150);
    const assertive = document.querySelector('[data-eui-announcer="assertive"]');
    expect(assertive).toHaveAttribute('aria-live', 'assertive');
    expect(assertive).toHaveTextContent('Payment failed Nothing was taken from your account.');
    expect(document.querySelector('[data-eui-announcer="polite"]')).not.toHaveTextContent('Payment failed');
  });

  it('are announced once: by the kit alone, not by Radix as well', async () => {
    const user = renderToasts();
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    wait(150);
    const live = document.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]');
    expect(Array.from(live).filter((region) => region.textContent?.includes('Payment sent'))).toHaveLength(1);
  });

  it('stay at least 8 seconds in standard mode, even when asked for less', async () => {
    const user = renderToasts({ duration: 2000 }, 'standard');
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    wait(7500);
    expect(within(region()).queryByText('Payment sent')).not.toBeNull();
    wait(1000);
    expect(within(region()).queryByText('Payment sent')).toBeNull();
  });

  it('never close by themselves in elder mode', async () => {
    const user = renderToasts({}, 'elder');
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    wait(60_000);
    expect(within(region()).getByText('Payment sent')).toBeInTheDocument();
  });

  it('stop their clock the moment the page switches to elder mode', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const page = (mode: 'standard' | 'elder') => (
      <ThemeProvider mode={mode} storage={null}>
        <ToastProvider>
          <Trigger />
        </ToastProvider>
      </ThemeProvider>
    );
    const { rerender } = render(page('standard'));
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    wait(4000);
    rerender(page('elder'));
    wait(30_000);
    expect(within(region()).getByText('Payment sent')).toBeInTheDocument();
  });

  it('pause while hovered and while focused', async () => {
    const user = renderToasts({}, 'standard');
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    await user.hover(within(region()).getByText('Payment sent'));
    wait(20_000);
    expect(within(region()).queryByText('Payment sent')).not.toBeNull();
    await user.unhover(within(region()).getByText('Payment sent'));
    within(region()).getByRole('button', { name: 'Close' }).focus();
    wait(20_000);
    expect(within(region()).queryByText('Payment sent')).not.toBeNull();
  });

  it('show a countdown when asked, in standard mode only', async () => {
    const user = renderToasts({ countdown: true, duration: 10_000 }, 'standard');
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    expect(within(region()).getByText('Closes in 10 s')).toBeInTheDocument();
    wait(3000);
    expect(within(region()).getByText('Closes in 7 s')).toBeInTheDocument();
  });

  it('hold the countdown while paused, and close when it runs out', async () => {
    const user = renderToasts({ countdown: true, duration: 10_000 }, 'standard');
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    wait(2000);
    await user.hover(within(region()).getByText('Payment sent'));
    wait(5000);
    expect(within(region()).getByText('Closes in 8 s')).toBeInTheDocument();
    await user.unhover(within(region()).getByText('Payment sent'));
    wait(3000);
    expect(within(region()).getByText('Closes in 5 s')).toBeInTheDocument();
    wait(5000);
    expect(within(region()).queryByText('Payment sent')).toBeNull();
  });

  it('close with a swipe to the side, in elder mode too', async () => {
    const user = renderToasts({}, 'elder');
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    const item = within(region()).getByRole('listitem');
    fireEvent.pointerDown(item, { pointerId: 1, clientX: 0, clientY: 0 });
    fireEvent.pointerMove(item, { pointerId: 1, clientX: 20, clientY: 0 });
    fireEvent.pointerMove(item, { pointerId: 1, clientX: 80, clientY: 0 });
    fireEvent.pointerUp(item, { pointerId: 1, clientX: 80, clientY: 0 });
    expect(within(region()).queryByText('Payment sent')).toBeNull();
  });

  it('close from the keyboard, with F8 to reach them, and give focus back', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<KeyboardClose />);
    await user.tab();
    await user.keyboard('{Enter}');
    const show = screen.getByRole('button', { name: 'Show notification' });
    expect(show).toHaveFocus();
    await user.keyboard(f8);
    expect(within(region()).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(region()).queryByText('Payment sent')).toBeNull();
    expect(show).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.keyboard(f8);
    await user.keyboard('{Escape}');
    expect(within(region()).queryByText('Payment sent')).toBeNull();
    expect(show).toHaveFocus();
  });

  it('carry the theme of the scope they were shown from', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(
      <ToastProvider>
        <ThemeScope mode="elder" scheme="dark" contrast="high">
          <Trigger />
        </ThemeScope>
      </ToastProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    const item = within(region()).getByText('Payment sent').closest('[data-eui-mode]')!;
    expect(item).toHaveAttribute('data-eui-mode', 'elder');
    expect(item).toHaveAttribute('data-eui-scheme', 'dark');
    expect(item).toHaveAttribute('data-eui-contrast', 'high');
  });

  it('speak the current language', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(
      <LocaleProvider locale="zh-TW">
        <ToastProvider>
          <Trigger countdown />
        </ToastProvider>
      </LocaleProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    expect(screen.getByRole('region', { name: '通知' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '關閉' })).toBeInTheDocument();
    expect(screen.getByText('8 秒後關閉')).toBeInTheDocument();
  });

  it('need a provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Trigger />)).toThrow(/ToastProvider/);
  });

  it.each([
    ['notifications of every tone', Tones],
    ['a countdown', Countdown],
  ])('have no axe violations, empty and with %s', async (_, Story) => {
    vi.useRealTimers();
    const user = userEvent.setup();
    render(<Story />);
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Show notification' }));
    expect(await axeViolations()).toEqual([]);
  });
});
