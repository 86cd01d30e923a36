import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import { TextArea, TextField } from './TextField';
import * as stories from './TextField.stories';

const { LongText } = composeStories(stories);

const measured: string[] = [];
afterAll(() => console.info(`Measured TextField (box h, text, label, hint, error, border):\n${measured.join('\n')}`));

function renderIn(theme: ResolvedTheme) {
  render(
    <ThemeScope {...theme} data-testid="scope" style={{ padding: '1rem', width: '30rem' }}>
      <TextField label="Phone number" hint="11 digits" error="Enter 11 digits" required />
      <TextArea label="Message" />
    </ThemeScope>,
  );
  return screen.getByRole('textbox', { name: 'Phone number (required)' });
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('TextField in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`is at least ${elder ? 48 : 44} px high with ${elder ? 20 : 16} px text and a readable label, hint and error`, () => {
    const input = renderIn(theme);
    const size = (text: string) => px(getComputedStyle(screen.getByText(text)).fontSize);
    const box = input.getBoundingClientRect();
    const style = getComputedStyle(input);
    measured.push(
      `${name}: ${box.height.toFixed(1)}, ${px(style.fontSize)}px, label ${size('Phone number')}px, hint ${size('11 digits')}px, error ${size('Enter 11 digits')}px, border ${style.borderTopWidth}`,
    );
    expect(box.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(px(style.fontSize)).toBeGreaterThanOrEqual(elder ? 20 : 16);
    expect(size('Phone number')).toBeGreaterThanOrEqual(elder ? 22 : 16);
    expect(size('11 digits')).toBeGreaterThanOrEqual(elder ? 18 : 14);
    expect(size('Enter 11 digits')).toBeGreaterThanOrEqual(elder ? 20 : 16);
    expect(screen.getByRole('textbox', { name: 'Message' }).getBoundingClientRect().height).toBeGreaterThanOrEqual(elder ? 48 : 44);
  });

  it('has readable words and a visible border', () => {
    const input = renderIn(theme);
    const scope = screen.getByTestId('scope');
    const behind = backgroundBehind(scope);
    const style = getComputedStyle(input);
    expect(contrastRatio(getComputedStyle(screen.getByText('Phone number')).color, behind)).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    expect(contrastRatio(getComputedStyle(screen.getByText('11 digits')).color, behind)).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    expect(contrastRatio(getComputedStyle(screen.getByText('Enter 11 digits')).color, behind)).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    expect(contrastRatio(style.borderTopColor, behind)).toBeGreaterThanOrEqual(minimumContrast('non-text', theme));
    expect(px(style.borderTopWidth)).toBeGreaterThanOrEqual(elder ? 2 : 1);
  });

  it('shows a solid focus ring of 3 px or more on keyboard focus', async () => {
    const input = renderIn(theme);
    await userEvent.keyboard('{Tab}');
    expect(input).toHaveFocus();
    const style = getComputedStyle(input);
    expect(style.outlineStyle).toBe('solid');
    expect(px(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    expect(px(style.outlineOffset)).toBeGreaterThanOrEqual(2);
    expect(contrastRatio(style.outlineColor, backgroundBehind(screen.getByTestId('scope')))).toBeGreaterThanOrEqual(
      minimumContrast('focus', theme),
    );
  });
});

describe('TextField with long words', () => {
  it('wraps its label, hint and error in a narrow column instead of overflowing', () => {
    render(
      <ThemeScope mode="elder">
        <LongText />
      </ThemeScope>,
    );
    const input = screen.getByRole('textbox');
    const field = input.parentElement!;
    // The story's column is 18rem wide.
    expect(field.scrollWidth).toBeLessThanOrEqual(field.clientWidth);
    expect(input.getBoundingClientRect().width).toBeLessThanOrEqual(18 * 16 + 0.5);
  });

  it('takes a real paste from the clipboard', async () => {
    render(<TextField label="Account" />);
    const input = screen.getByRole('textbox');
    await userEvent.click(input);
    await userEvent.keyboard('6222');
    await userEvent.keyboard('{Control>}a{/Control}{Control>}c{/Control}{ArrowRight}{Control>}v{/Control}');
    expect(input).toHaveValue('62226222');
  });
});
