import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import { Text, textTones } from './Text';

function renderIn(theme: ResolvedTheme) {
  render(
    <ThemeScope {...theme} data-testid="scope" style={{ padding: '1rem', width: '20rem' }}>
      <Text>Body words</Text>
      <Text size="small">Small words</Text>
      {textTones.map((tone) => (
        <Text key={tone} tone={tone}>
          Tone {tone}
        </Text>
      ))}
    </ThemeScope>,
  );
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('Text in %s', (_name, theme) => {
  const elder = theme.mode === 'elder';

  it('meets the type table: size, line height, paragraph spacing and contrast', () => {
    renderIn(theme);
    const body = screen.getByText('Body words');
    const style = getComputedStyle(body);
    expect(px(style.fontSize)).toBeGreaterThanOrEqual(elder ? 20 : 16);
    expect(px(style.lineHeight) / px(style.fontSize)).toBeGreaterThanOrEqual(elder ? 1.6 : 1.5);
    expect(px(getComputedStyle(screen.getByText('Small words')).fontSize)).toBeGreaterThanOrEqual(elder ? 18 : 14);
    const small = getComputedStyle(screen.getByText('Small words'));
    expect(px(small.marginTop)).toBeGreaterThanOrEqual(1.3 * px(small.lineHeight) - 0.5);
    const behind = backgroundBehind(screen.getByTestId('scope'));
    for (const tone of textTones) {
      expect(contrastRatio(getComputedStyle(screen.getByText(`Tone ${tone}`)).color, behind)).toBeGreaterThanOrEqual(
        minimumContrast('text', theme),
      );
    }
  });
});

describe('Text in a narrow column', () => {
  it('wraps a long word instead of overflowing', () => {
    render(
      <div style={{ width: '10rem' }}>
        <Text>TRANSFER-2026-11-29-000000123456789-WANGXIAOMING</Text>
      </div>,
    );
    const text = screen.getByText(/TRANSFER/);
    expect(text.scrollWidth).toBeLessThanOrEqual(text.clientWidth);
  });
});
