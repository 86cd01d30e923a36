import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import { RadioGroup, RadioGroupItem } from './RadioGroup';

const measured: string[] = [];
afterAll(() => console.info(`Measured RadioGroup options (w × h, text):\n${measured.join('\n')}`));

function renderIn(theme: ResolvedTheme) {
  render(
    <ThemeScope {...theme} data-testid="scope" style={{ padding: '1rem' }}>
      <RadioGroup label="Speed" orientation="horizontal" error="Choose one">
        <RadioGroupItem value="now" label="Now" />
        <RadioGroupItem value="later" label="Later" hint="No fee" />
      </RadioGroup>
    </ThemeScope>,
  );
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('RadioGroup in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`has options (the whole label) of at least ${elder ? 48 : 44} px square, the target gap apart`, () => {
    renderIn(theme);
    const rects = screen.getAllByRole('radio').map((radio) => {
      const label = radio.closest('label')!;
      const rect = label.getBoundingClientRect();
      measured.push(`${name} ${label.textContent}: ${rect.width.toFixed(1)} × ${rect.height.toFixed(1)}, ${px(getComputedStyle(label).fontSize)}px`);
      expect(rect.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
      expect(rect.width).toBeGreaterThanOrEqual(elder ? 48 : 44);
      expect(px(getComputedStyle(label).fontSize)).toBeGreaterThanOrEqual(elder ? 20 : 16);
      return rect;
    });
    expect(rects[1]!.left - rects[0]!.right).toBeGreaterThanOrEqual(elder ? 12 : 8);
    expect(px(getComputedStyle(screen.getByText('No fee')).fontSize)).toBeGreaterThanOrEqual(elder ? 18 : 14);
  });

  it('chooses with the arrow keys and rings the focused option', async () => {
    renderIn(theme);
    await userEvent.click(screen.getByText('Now'));
    // Held like a finger does: Radix moves focus a tick after keydown and chooses only while the arrow is down.
    await userEvent.keyboard('{ArrowRight>}');
    const later = screen.getByRole('radio', { name: 'Later' });
    await expect.poll(() => later.getAttribute('aria-checked')).toBe('true');
    await userEvent.keyboard('{/ArrowRight}');
    expect(later).toHaveFocus();
    const style = getComputedStyle(later.closest('label')!);
    expect(style.outlineStyle).toBe('solid');
    expect(px(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(style.outlineColor, backgroundBehind(screen.getByTestId('scope')))).toBeGreaterThanOrEqual(
      minimumContrast('focus', theme),
    );
    const circle = getComputedStyle(later);
    expect(contrastRatio(circle.borderTopColor, backgroundBehind(screen.getByTestId('scope')))).toBeGreaterThanOrEqual(
      minimumContrast('non-text', theme),
    );
  });
});
