import { SearchIcon } from '@elder-ui/icons';
import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import { IconButton } from './IconButton';
import * as stories from './IconButton.stories';

const { Default, PrimaryTarget } = composeStories(stories);

const measured: string[] = [];
afterAll(() => console.info(`Measured IconButton (w × h, label shown, text):\n${measured.join('\n')}`));

function renderIn(theme: ResolvedTheme) {
  render(
    <ThemeScope {...theme} data-testid="scope" style={{ padding: '1rem' }}>
      <Default />
    </ThemeScope>,
  );
  return screen.getByRole('button', { name: 'Search' });
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('IconButton in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`is at least ${elder ? 48 : 44} px square and ${elder ? 'shows' : 'hides'} its words`, () => {
    const button = renderIn(theme);
    const rect = button.getBoundingClientRect();
    const words = within(button).getByText('Search');
    const shown = words.getBoundingClientRect().width > 1;
    measured.push(`${name}: ${rect.width.toFixed(1)} × ${rect.height.toFixed(1)}, label shown ${shown}, ${px(getComputedStyle(words).fontSize)}px`);
    expect(rect.width).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(rect.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(shown).toBe(elder);
    if (elder) expect(px(getComputedStyle(words).fontSize)).toBeGreaterThanOrEqual(22);
    expect(button.querySelector('svg')!.getBoundingClientRect().width).toBeGreaterThanOrEqual(elder ? 28 : 20);
  });

  it(`is at least ${elder ? 60 : 44} px square as a primary target, such as a dialog's close button`, () => {
    render(
      <ThemeScope {...theme}>
        <PrimaryTarget />
      </ThemeScope>,
    );
    const rect = screen.getByRole('button', { name: 'Close' }).getBoundingClientRect();
    expect(rect.width).toBeGreaterThanOrEqual(elder ? 60 : 44);
    expect(rect.height).toBeGreaterThanOrEqual(elder ? 60 : 44);
  });

  it('has a visible border and focus ring', async () => {
    const button = renderIn(theme);
    const behind = backgroundBehind(screen.getByTestId('scope'));
    expect(contrastRatio(getComputedStyle(button).borderTopColor, behind)).toBeGreaterThanOrEqual(minimumContrast('non-text', theme));
    await userEvent.keyboard('{Tab}');
    const style = getComputedStyle(button);
    expect(style.outlineStyle).toBe('solid');
    expect(px(style.outlineWidth)).toBeGreaterThanOrEqual(3);
  });
});

describe('IconButton in a standard scope inside an elder page', () => {
  it('follows the closest scope and hides its words again', () => {
    render(
      <ThemeScope mode="elder">
        <ThemeScope mode="standard">
          <IconButton label="Search" icon={<SearchIcon />} />
        </ThemeScope>
      </ThemeScope>,
    );
    expect(screen.getByText('Search').getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it('follows the closest scope at any depth: elder inside standard inside elder shows its words', () => {
    render(
      <ThemeScope mode="elder">
        <ThemeScope mode="standard">
          <IconButton label="Back" icon={<SearchIcon />} labelPlacement="below" data-testid="standard" />
          <ThemeScope mode="elder">
            <IconButton label="Search" icon={<SearchIcon />} labelPlacement="below" data-testid="elder" />
          </ThemeScope>
        </ThemeScope>
      </ThemeScope>,
    );
    expect(screen.getByText('Back').getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(getComputedStyle(screen.getByTestId('standard')).flexDirection).toBe('row');
    expect(screen.getByText('Search').getBoundingClientRect().width).toBeGreaterThan(1);
    expect(getComputedStyle(screen.getByTestId('elder')).flexDirection).toBe('column');
  });
});
