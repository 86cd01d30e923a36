import { allThemes, minimumContrast, themeName } from '@elder-ui/tokens';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import { Heading } from './Heading';

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('Heading in %s', (_name, theme) => {
  const elder = theme.mode === 'elder';

  it(`makes the largest heading at least ${elder ? 30 : 24} px and every size at least the action size`, () => {
    render(
      <ThemeScope {...theme} data-testid="scope">
        <Heading level={1} size="display">
          Transfer
        </Heading>
        <Heading level={2} size="action">
          Details
        </Heading>
      </ThemeScope>,
    );
    expect(px(getComputedStyle(screen.getByRole('heading', { level: 1 })).fontSize)).toBeGreaterThanOrEqual(elder ? 30 : 24);
    expect(px(getComputedStyle(screen.getByRole('heading', { level: 2 })).fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
    const color = getComputedStyle(screen.getByRole('heading', { level: 1 })).color;
    expect(contrastRatio(color, backgroundBehind(screen.getByTestId('scope')))).toBeGreaterThanOrEqual(minimumContrast('text', theme));
  });
});
