import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { TextField } from '../text-field';
import { ThemeScope } from '../theme';
import { FormErrorSummary } from './FormErrorSummary';

function renderIn(theme: ResolvedTheme) {
  render(
    <ThemeScope {...theme} data-testid="scope" style={{ padding: '1rem', width: '30rem' }}>
      <FormErrorSummary errors={[{ id: 'name', message: 'Enter your name' }]} submitCount={1} />
      <TextField id="name" label="Name" error="Enter your name" />
    </ThemeScope>,
  );
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('FormErrorSummary in %s', (_name, theme) => {
  const elder = theme.mode === 'elder';

  it('is focused, ringed, and its links are targets of readable text', () => {
    renderIn(theme);
    const summary = screen.getByRole('group', { name: 'Please fix these problems' });
    expect(summary).toHaveFocus();
    const link = screen.getByRole('link', { name: 'Enter your name' });
    const rect = link.getBoundingClientRect();
    expect(rect.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(px(getComputedStyle(link).fontSize)).toBeGreaterThanOrEqual(elder ? 20 : 16);
    expect(px(getComputedStyle(screen.getByText('Please fix these problems')).fontSize)).toBeGreaterThanOrEqual(elder ? 24 : 20);
    const behind = backgroundBehind(summary);
    expect(contrastRatio(getComputedStyle(link).color, behind)).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    expect(contrastRatio(getComputedStyle(summary).borderTopColor, behind)).toBeGreaterThanOrEqual(minimumContrast('non-text', theme));
  });

  it('moves focus to the field from its link with the keyboard', async () => {
    renderIn(theme);
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('link')).toHaveFocus();
    expect(getComputedStyle(screen.getByRole('link')).outlineStyle).toBe('solid');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });
});
