import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import * as stories from './Switch.stories';

const { Off, LongText } = composeStories(stories);

const measured: string[] = [];
afterAll(() => console.info(`Measured Switch (w × h, state text):\n${measured.join('\n')}`));

function renderIn(theme: ResolvedTheme) {
  render(
    <ThemeScope {...theme} data-testid="scope" style={{ padding: '1rem', width: '30rem' }}>
      <Off />
    </ThemeScope>,
  );
  return screen.getByRole('switch');
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('Switch in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`is at least ${elder ? 48 : 44} px high and shows its state in words of readable size`, async () => {
    const toggle = renderIn(theme);
    const rect = toggle.getBoundingClientRect();
    const fontSize = px(getComputedStyle(toggle).fontSize);
    measured.push(`${name}: ${rect.width.toFixed(1)} × ${rect.height.toFixed(1)}, ${fontSize}px`);
    expect(rect.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(rect.width).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(fontSize).toBeGreaterThanOrEqual(elder ? 20 : 16);
    expect(px(getComputedStyle(screen.getByText('Payment alerts')).fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
    const words = within(toggle.closest('label')!);
    expect(words.getByText('Off')).toBeVisible();
    await userEvent.click(screen.getByText('Payment alerts'));
    const word = words.getByText('On');
    expect(word).toBeVisible();
    // The word is drawn on the switch: inside it, and readable on its fill.
    const [inner, outer] = [word.getBoundingClientRect(), rect];
    expect(inner.left).toBeGreaterThanOrEqual(outer.left);
    expect(inner.right).toBeLessThanOrEqual(outer.right);
    expect(contrastRatio(getComputedStyle(word).color, getComputedStyle(toggle).backgroundColor)).toBeGreaterThanOrEqual(
      minimumContrast('text', theme),
    );
  });

  it('shows a focus ring on keyboard focus', async () => {
    const toggle = renderIn(theme);
    await userEvent.keyboard('{Tab}');
    expect(toggle).toHaveFocus();
    const style = getComputedStyle(toggle);
    expect(style.outlineStyle).toBe('solid');
    expect(px(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(style.outlineColor, backgroundBehind(screen.getByTestId('scope')))).toBeGreaterThanOrEqual(
      minimumContrast('focus', theme),
    );
  });
});

describe('a switch with a long label in elder mode', () => {
  it('wraps the label at the body line height (1.6 or more), not the heading one', () => {
    render(
      <ThemeScope mode="elder">
        <LongText />
      </ThemeScope>,
    );
    const label = screen.getByText(/^Ask me to confirm/);
    const style = getComputedStyle(label);
    const lineHeight = px(style.lineHeight);
    // Two lines or more, so the spacing between lines is what is read.
    expect(label.getBoundingClientRect().height).toBeGreaterThanOrEqual(2 * lineHeight - 1);
    expect(lineHeight / px(style.fontSize)).toBeGreaterThanOrEqual(1.6);
  });
});
