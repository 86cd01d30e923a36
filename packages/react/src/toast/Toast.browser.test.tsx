import { allThemes, themeColors, themeName } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { contrastRatio } from '../../../../test/support/measure';
import { Button } from '../button';
import { ThemeScope } from '../theme';
import { ToastProvider, useToast } from '.';
import * as stories from './Toast.stories';

const { KeyboardClose } = composeStories(stories);

const measured: string[] = [];
afterAll(() => console.info(`Measured toast close buttons (w × h):\n${measured.join('\n')}`));

function Trigger() {
  const toast = useToast();
  return <Button onClick={() => toast.show({ title: 'Payment sent', tone: 'success', countdown: true })}>Pay</Button>;
}

describe('A notification shown from inside a ThemeScope', () => {
  it.each(allThemes.map((theme) => [themeName(theme), theme] as const))('carries the %s theme', async (name, theme) => {
    document.documentElement.setAttribute('data-eui-mode', theme.mode === 'elder' ? 'standard' : 'elder');
    document.documentElement.setAttribute('data-eui-scheme', theme.scheme === 'dark' ? 'light' : 'dark');
    render(
      <ToastProvider>
        <ThemeScope {...theme} data-testid="scope">
          <Trigger />
        </ThemeScope>
      </ToastProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Pay' }));
    const item = within(screen.getByRole('region', { name: 'Notifications' })).getByRole('listitem');
    expect(screen.getByTestId('scope')).not.toContainElement(item);
    expect(item).toHaveAttribute('data-eui-mode', theme.mode);
    expect(contrastRatio(getComputedStyle(item).backgroundColor, themeColors(theme).success.bg)).toBeLessThan(1.01);
    const close = within(item).getByRole('button', { name: 'Close' }).getBoundingClientRect();
    measured.push(`${name}: ${close.width.toFixed(1)} × ${close.height.toFixed(1)}`);
    expect(close.height).toBeGreaterThanOrEqual(theme.mode === 'elder' ? 48 : 44);
    // Elder mode: no countdown, since nothing closes by itself.
    expect(within(item).queryByText(/Closes in/) === null).toBe(theme.mode === 'elder');
  });

  it('closes from the keyboard and gives focus back', async () => {
    render(<KeyboardClose />);
    const show = screen.getByRole('button', { name: 'Show notification' });
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{F8}');
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(within(screen.getByRole('region', { name: 'Notifications' })).queryByText('Payment sent')).toBeNull();
    expect(show).toHaveFocus();
  });
});
