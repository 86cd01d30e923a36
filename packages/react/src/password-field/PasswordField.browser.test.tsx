import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import * as stories from './PasswordField.stories';

const { Default } = composeStories(stories);

const measured: string[] = [];
afterAll(() => console.info(`Measured PasswordField (box h, toggle w × h, toggle text):\n${measured.join('\n')}`));

function renderIn(theme: ResolvedTheme) {
  render(
    <ThemeScope {...theme} style={{ padding: '1rem', width: '30rem' }}>
      <Default />
    </ThemeScope>,
  );
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('PasswordField in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it('has a box and a Show password button of at least the control size, the target gap apart', () => {
    renderIn(theme);
    const input = document.querySelector('input')!.getBoundingClientRect();
    const toggle = screen.getByRole('button', { name: 'Show password' });
    const rect = toggle.getBoundingClientRect();
    const style = getComputedStyle(toggle);
    measured.push(`${name}: ${input.height.toFixed(1)}, ${rect.width.toFixed(1)} × ${rect.height.toFixed(1)}, ${px(style.fontSize)}px`);
    expect(input.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(rect.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(px(style.fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
    // Beside the box, or wrapped under it when the column is narrow: either way the target gap apart.
    expect(Math.max(rect.left - input.right, rect.top - input.bottom)).toBeGreaterThanOrEqual(elder ? 12 : 8);
    expect(contrastRatio(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(minimumContrast('text', theme));
  });
});

describe('PasswordField in Chromium', () => {
  it('shows what was typed after pressing Show, from the keyboard', async () => {
    renderIn({ mode: 'elder', scheme: 'light', contrast: 'standard' });
    await userEvent.keyboard('{Tab}Spring-2026{Tab}{Enter}');
    expect(document.querySelector('input')).toHaveAttribute('type', 'text');
    expect(document.querySelector('input')).toHaveValue('Spring-2026');
    expect(screen.getByRole('button', { name: 'Hide password' })).toHaveFocus();
  });
});
