import { allThemes, minimumContrast, themeName } from '@elder-ui/tokens';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { Text } from '../text';
import { ThemeScope } from '../theme';
import { Link } from './Link';

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('Link in %s', (_name, theme) => {
  it('is underlined, readable, and ringed on keyboard focus', async () => {
    render(
      <ThemeScope {...theme} data-testid="scope" style={{ padding: '1rem' }}>
        <Text>
          Read <Link href="#fees">the fees</Link> first.
        </Text>
      </ThemeScope>,
    );
    const link = screen.getByRole('link');
    const style = getComputedStyle(link);
    expect(style.textDecorationLine).toBe('underline');
    expect(contrastRatio(style.color, backgroundBehind(screen.getByTestId('scope')))).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    expect(px(style.fontSize)).toBeGreaterThanOrEqual(theme.mode === 'elder' ? 20 : 16);
    await userEvent.keyboard('{Tab}');
    expect(getComputedStyle(link).outlineStyle).toBe('solid');
    expect(px(getComputedStyle(link).outlineWidth)).toBeGreaterThanOrEqual(3);
  });
});
