import { allThemes, minimumContrast, themeAttributes, themeColors, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import * as stories from './Dialog.stories';

const measured: string[] = [];
afterAll(() => console.info(`Measured Dialog close buttons (w × h, title font):\n${measured.join('\n')}`));

/** The closed payee dialog of the stories, in the page's theme. */
function renderDialog(theme: ResolvedTheme) {
  const { KeyboardRoundTrip } = composeStories(stories, { initialGlobals: { ...theme } });
  render(<KeyboardRoundTrip />);
}

async function openWithKeyboard() {
  await userEvent.keyboard('{Tab}');
  await userEvent.keyboard('{Enter}');
  return screen.findByRole('dialog');
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('Dialog in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`has a close button of at least ${elder ? '60 × 60' : '44 × 44'} px in the top-right corner`, async () => {
    renderDialog(theme);
    const dialog = await openWithKeyboard();
    const close = within(dialog).getByRole('button', { name: 'Close' });
    const box = close.getBoundingClientRect();
    const frame = dialog.getBoundingClientRect();
    const title = within(dialog).getByRole('heading', { name: 'Change payee' });
    measured.push(`${name}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}, title ${getComputedStyle(title).fontSize}`);
    expect(box.width).toBeGreaterThanOrEqual(elder ? 60 : 44);
    expect(box.height).toBeGreaterThanOrEqual(elder ? 60 : 44);
    // Top-right: nothing above it but the padding, nothing to its right but the padding.
    const padding = px(getComputedStyle(dialog).paddingTop) + px(getComputedStyle(dialog).borderTopWidth);
    expect(box.top - frame.top).toBeLessThanOrEqual(padding + 1);
    expect(frame.right - box.right).toBeLessThanOrEqual(padding + 1);
    expect(box.left).toBeGreaterThan(title.getBoundingClientRect().left);
    // In elder mode the icon never stands alone: the word shows beside it.
    expect(close.textContent).toBe('Close');
    expect(within(close).getByText('Close').getBoundingClientRect().width > 1).toBe(elder);
    expect(px(getComputedStyle(title).fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
  });

  it('paints its text with enough contrast and shows a focus ring on the close button', async () => {
    renderDialog(theme);
    const dialog = await openWithKeyboard();
    const style = getComputedStyle(dialog);
    expect(contrastRatio(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    const close = within(dialog).getByRole('button', { name: 'Close' });
    while (document.activeElement !== close) await userEvent.keyboard('{Tab}');
    const ring = getComputedStyle(close);
    expect(close.matches(':focus-visible')).toBe(true);
    expect(ring.outlineStyle).toBe('solid');
    expect(px(ring.outlineWidth)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(ring.outlineColor, backgroundBehind(dialog))).toBeGreaterThanOrEqual(minimumContrast('focus', theme));
  });
});

describe('A dialog opened inside a ThemeScope', () => {
  const { KeyboardRoundTrip } = composeStories(stories);

  function renderInScope(theme: Partial<ResolvedTheme>) {
    render(
      <ThemeScope {...theme} data-testid="scope">
        <KeyboardRoundTrip />
      </ThemeScope>,
    );
  }

  it.each(allThemes.map((theme) => [themeName(theme), theme] as const))(
    'carries the %s theme into the body, whatever the page is',
    async (_name, theme) => {
      renderInScope(theme);
      // The page's theme is the opposite of the scope's on every axis.
      document.documentElement.setAttribute(themeAttributes.mode, theme.mode === 'elder' ? 'standard' : 'elder');
      document.documentElement.setAttribute(themeAttributes.scheme, theme.scheme === 'dark' ? 'light' : 'dark');
      document.documentElement.setAttribute(themeAttributes.contrast, theme.contrast === 'high' ? 'standard' : 'high');
      const dialog = await openWithKeyboard();
      expect(screen.getByTestId('scope')).not.toContainElement(dialog);
      const root = dialog.closest(`[${themeAttributes.mode}]`)!;
      expect(root.parentElement).toBe(document.body);
      expect(root).toHaveAttribute(themeAttributes.mode, theme.mode);
      // The painted colours and sizes are the scope's, not the page's.
      expect(contrastRatio(getComputedStyle(dialog).backgroundColor, themeColors(theme).bg.canvas)).toBeLessThan(1.01);
      expect(contrastRatio(getComputedStyle(dialog).color, themeColors(theme).fg.default)).toBeLessThan(1.01);
      const close = within(dialog).getByRole('button', { name: 'Close' }).getBoundingClientRect();
      if (theme.mode === 'elder') expect(close.height).toBeGreaterThanOrEqual(60);
      else expect(close.height).toBeLessThan(60);
    },
  );

  it('gives focus back to the trigger when closed by Escape or the close button', async () => {
    renderInScope({ mode: 'elder' });
    const trigger = screen.getByRole('button', { name: 'Change payee' });
    await openWithKeyboard();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Close' }));
    expect(trigger).toHaveFocus();
  });
});
