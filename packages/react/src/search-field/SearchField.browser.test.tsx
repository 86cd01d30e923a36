import { allThemes, minimumContrast, primaryTarget, targetAttribute, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import { SearchField, type SearchFieldProps } from './SearchField';
import * as stories from './SearchField.stories';

const { LongText, Elder } = composeStories(stories);

const measured: string[] = [];
afterAll(() => console.info(`Measured SearchField (box h, text, label, count; clear button w × h, words shown, words text):\n${measured.join('\n')}`));

function renderIn(theme: ResolvedTheme, props: Partial<SearchFieldProps> = {}) {
  render(
    <ThemeScope {...theme} data-testid="scope" style={{ padding: '1rem', width: '30rem' }}>
      <SearchField label="Search services" defaultValue="water" resultCount={12} {...props} />
    </ThemeScope>,
  );
  return screen.getByRole('searchbox', { name: 'Search services' });
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('SearchField in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`is at least ${elder ? 48 : 44} px high with ${elder ? 20 : 16} px text, a readable label and count`, () => {
    const input = renderIn(theme);
    const size = (text: string) => px(getComputedStyle(screen.getByText(text)).fontSize);
    const box = input.getBoundingClientRect();
    const clear = screen.getByRole('button', { name: 'Clear search' });
    const button = clear.getBoundingClientRect();
    const words = within(clear).getByText('Clear search');
    const shown = words.getBoundingClientRect().width > 1;
    measured.push(
      `${name}: ${box.height.toFixed(1)}, ${px(getComputedStyle(input).fontSize)}px, label ${size('Search services')}px, count ${size('12 results')}px; ` +
        `clear ${button.width.toFixed(1)} × ${button.height.toFixed(1)}, words shown ${shown}, ${px(getComputedStyle(words).fontSize)}px`,
    );
    expect(box.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(px(getComputedStyle(input).fontSize)).toBeGreaterThanOrEqual(elder ? 20 : 16);
    expect(size('Search services')).toBeGreaterThanOrEqual(elder ? 22 : 16);
    expect(size('12 results')).toBeGreaterThanOrEqual(elder ? 20 : 16);
    expect(button.width).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(button.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(button.left).toBeGreaterThanOrEqual(box.right + (elder ? 12 : 8) - 0.5);
  });

  it(`shows the clear button's words ${elder ? 'beside its icon' : 'only to screen readers'}, and the browser's own clear cross never`, async () => {
    const input = renderIn(theme);
    const clear = screen.getByRole('button', { name: 'Clear search' });
    const words = within(clear).getByText('Clear search');
    expect(words.getBoundingClientRect().width > 1).toBe(elder);
    if (elder) expect(px(getComputedStyle(words).fontSize)).toBeGreaterThanOrEqual(22);
    expect(screen.getAllByRole('button')).toHaveLength(1);
    // Chromium draws its own small cross at the end of a search box with words in it; a press there would clear it.
    const box = input.getBoundingClientRect();
    const style = getComputedStyle(input);
    const end = box.width - px(style.borderRightWidth) - px(style.paddingRight) - 6;
    await userEvent.click(input, { position: { x: end, y: box.height / 2 } });
    expect(input).toHaveValue('water');
  });

  it('draws a decorative search icon inside the box, large enough and readable', () => {
    const input = renderIn(theme);
    const icon = input.parentElement!.querySelector('svg')!;
    const box = input.getBoundingClientRect();
    const drawn = icon.getBoundingClientRect();
    expect(drawn.width).toBeGreaterThanOrEqual(elder ? 28 : 20);
    expect(drawn.left).toBeGreaterThan(box.left);
    expect(drawn.right).toBeLessThan(box.right);
    expect(drawn.top).toBeGreaterThan(box.top);
    expect(drawn.bottom).toBeLessThan(box.bottom);
    // The typed words start after the icon, not under it.
    expect(box.left + px(getComputedStyle(input).paddingInlineStart)).toBeGreaterThanOrEqual(drawn.right);
    const behind = backgroundBehind(input);
    expect(contrastRatio(getComputedStyle(icon).color, behind)).toBeGreaterThanOrEqual(minimumContrast('non-text', theme));
  });

  it('has readable words and a visible border', () => {
    const input = renderIn(theme);
    const behind = backgroundBehind(screen.getByTestId('scope'));
    expect(contrastRatio(getComputedStyle(screen.getByText('12 results')).color, behind)).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    expect(contrastRatio(getComputedStyle(input).borderTopColor, behind)).toBeGreaterThanOrEqual(minimumContrast('non-text', theme));
    expect(px(getComputedStyle(input).borderTopWidth)).toBeGreaterThanOrEqual(elder ? 2 : 1);
  });

  it('shows a solid focus ring of 3 px or more on the box and on the clear button', async () => {
    const input = renderIn(theme);
    const behind = backgroundBehind(screen.getByTestId('scope'));
    for (const control of [input, screen.getByRole('button', { name: 'Clear search' })]) {
      await userEvent.keyboard('{Tab}');
      expect(control).toHaveFocus();
      const ring = getComputedStyle(control);
      expect([ring.outlineStyle, px(ring.outlineWidth) >= 3, px(ring.outlineOffset) >= 2]).toEqual(['solid', true, true]);
      expect(contrastRatio(ring.outlineColor, behind)).toBeGreaterThanOrEqual(minimumContrast('focus', theme));
    }
  });

  it(`is a ${elder ? 60 : 44} px target when marked as the screen's main action`, () => {
    const input = renderIn(theme, { [targetAttribute]: primaryTarget } as Partial<SearchFieldProps>);
    expect(input.getBoundingClientRect().height).toBeGreaterThanOrEqual(elder ? 60 : 44);
  });
});

describe('SearchField clearing in Chromium', () => {
  it('empties the field with the clear button and Escape, focus staying in the field', async () => {
    renderIn(allThemes[0]!, { defaultValue: '' });
    const input = screen.getByRole('searchbox');
    await userEvent.type(input, 'gas');
    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    await userEvent.type(input, 'bus');
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('takes a real paste from the clipboard', async () => {
    render(<SearchField label="Search" />);
    const input = screen.getByRole('searchbox');
    await userEvent.click(input);
    await userEvent.keyboard('bill');
    await userEvent.keyboard('{Control>}a{/Control}{Control>}c{/Control}{ArrowRight}{Control>}v{/Control}');
    expect(input).toHaveValue('billbill');
  });
});

describe('SearchField at 320 px in elder mode, text at 200 %', () => {
  it.each([
    ['long words', LongText],
    ['the clear button in words', Elder],
  ])('wraps %s without scrolling sideways', async (_case, Story) => {
    await page.viewport(320, 640);
    document.documentElement.style.fontSize = '200%';
    try {
      render(
        <ThemeScope mode="elder" scheme="light" contrast="standard" data-testid="scope">
          <Story />
        </ThemeScope>,
      );
      const scope = screen.getByTestId('scope');
      expect(scope.scrollWidth).toBeLessThanOrEqual(scope.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const input = screen.getByRole('searchbox');
      expect(input.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      expect(screen.getByRole('button', { name: 'Clear search' }).getBoundingClientRect().right).toBeLessThanOrEqual(320);
    } finally {
      document.documentElement.style.fontSize = '';
      await page.viewport(1024, 768);
    }
  });

  it('keeps both on one line at 320 px with the default text size in standard mode', async () => {
    await page.viewport(320, 640);
    try {
      render(
        <ThemeScope mode="standard" scheme="light" contrast="standard">
          <SearchField label="Search" defaultValue="bill" />
        </ThemeScope>,
      );
      const input = screen.getByRole('searchbox').getBoundingClientRect();
      const clear = screen.getByRole('button', { name: 'Clear search' }).getBoundingClientRect();
      expect(Math.abs(clear.top - input.top)).toBeLessThan(1);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1024, 768);
    }
  });
});
