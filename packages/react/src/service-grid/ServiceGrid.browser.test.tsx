import { TransferIcon } from '@elder-ui/icons';
import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import { ServiceGrid, ServiceTile } from './ServiceGrid';
import * as stories from './ServiceGrid.stories';

const { HomeScreen, ThreeInElderMode, TwoInElderMode, Badges, LongWords, Chinese, Indonesian } = composeStories(stories);

const measured: string[] = [];
afterAll(() => console.info(`Measured ServiceTile (w × h, word font, badge font, gap, columns):\n${measured.join('\n')}`));

afterEach(async () => {
  document.documentElement.style.removeProperty('font-size');
  await page.viewport(1024, 768);
});

function inTheme(theme: Partial<ResolvedTheme>, story: ReactNode) {
  return render(
    <ThemeScope {...theme} data-testid="scope">
      {story}
    </ThemeScope>,
  );
}

/** Tiles per row, read from the layout: how many share the first tile's top edge. */
function columns(): number {
  const tops = screen.getAllByRole('listitem').map((item) => Math.round(item.getBoundingClientRect().top));
  return tops.filter((top) => top === tops[0]).length;
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('ServiceGrid in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`has ${elder ? 3 : 4} tiles to a row, each at least ${elder ? 60 : 44} px with ${elder ? 22 : 16} px words, ${elder ? 12 : 8} px apart`, () => {
    inTheme(theme, <ThreeInElderMode />);
    const tiles = screen.getAllByRole('button');
    const box = tiles[0]!.getBoundingClientRect();
    const gap = tiles[1]!.getBoundingClientRect().left - box.right;
    const rowGap = tiles[elder ? 3 : 4]!.getBoundingClientRect().top - box.bottom;
    measured.push(`${name}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}, ${getComputedStyle(tiles[0]!).fontSize}, gap ${gap.toFixed(1)}, ${columns()} columns`);
    expect(columns()).toBe(elder ? 3 : 4);
    for (const tile of tiles) {
      expect(tile.getBoundingClientRect().width).toBeGreaterThanOrEqual(elder ? 60 : 44);
      expect(tile.getBoundingClientRect().height).toBeGreaterThanOrEqual(elder ? 60 : 44);
      expect(px(getComputedStyle(tile).fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
    }
    expect(gap).toBeGreaterThanOrEqual(elder ? 12 : 8);
    expect(rowGap).toBeGreaterThanOrEqual(elder ? 12 : 8);
  });

  it(`paints the words, the ${elder ? 18 : 14} px badge and the tile edge with enough contrast`, () => {
    inTheme(theme, <Badges />);
    const tile = screen.getAllByRole('button')[0]!;
    const style = getComputedStyle(tile);
    expect(contrastRatio(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    expect(contrastRatio(style.borderTopColor, backgroundBehind(screen.getByTestId('scope')))).toBeGreaterThanOrEqual(
      minimumContrast('non-text', theme),
    );
    const badge = getComputedStyle(screen.getByText('3 new'));
    expect(px(badge.fontSize)).toBeGreaterThanOrEqual(elder ? 18 : 14);
    expect(contrastRatio(badge.color, badge.backgroundColor)).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    measured.push(`${name}: badge ${badge.fontSize}`);
  });

  it('shows a solid focus ring of 3 px or more, 2 px off, on keyboard focus', async () => {
    inTheme(theme, <HomeScreen />);
    await userEvent.keyboard('{Tab}');
    const tile = screen.getAllByRole('button')[0]!;
    expect(tile).toHaveFocus();
    const style = getComputedStyle(tile);
    expect(style.outlineStyle).toBe('solid');
    expect(px(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    expect(px(style.outlineOffset)).toBeGreaterThanOrEqual(2);
    expect(contrastRatio(style.outlineColor, backgroundBehind(screen.getByTestId('scope')))).toBeGreaterThanOrEqual(
      minimumContrast('focus', theme),
    );
  });
});

describe('ServiceGrid columns', () => {
  it.each([
    ['English words, by default', HomeScreen, 2],
    ['Indonesian words, by default', Indonesian, 2],
    ['Chinese words, by default', Chinese, 3],
    ['elderColumns={3}', ThreeInElderMode, 3],
    ['elderColumns={2}', TwoInElderMode, 2],
  ])('has %s this many tiles to a row in elder mode, and four in standard mode', (_words, Story, count) => {
    const { unmount } = inTheme({ mode: 'elder' }, <Story />);
    expect(columns()).toBe(count);
    unmount();
    inTheme({ mode: 'standard' }, <Story />);
    expect(columns()).toBe(4);
  });

  it('keeps tiles one width when a row is not full', () => {
    inTheme(
      { mode: 'elder' },
      <ServiceGrid elderColumns={3} style={{ width: '30rem' }}>
        <ServiceTile icon={<TransferIcon />} label="Transfer" />
        <ServiceTile icon={<TransferIcon />} label="Receive" />
      </ServiceGrid>,
    );
    const third = (screen.getByRole('list').getBoundingClientRect().width - 2 * 12) / 3;
    for (const tile of screen.getAllByRole('button')) expect(tile.getBoundingClientRect().width).toBeCloseTo(third, 0);
  });

  it('follows the closest theme root: a standard scope inside elder mode has four to a row', () => {
    inTheme({ mode: 'elder' }, <ThemeScope mode="standard">{<ThreeInElderMode />}</ThemeScope>);
    expect(columns()).toBe(4);
  });
});

describe('ServiceGrid on a 320 px phone in elder mode', () => {
  it.each([
    ['short words, three to a row', ThreeInElderMode, 3],
    ['Chinese words, three to a row', Chinese, 3],
    ['English words, two to a row', HomeScreen, 2],
    ['long words, two to a row', LongWords, 2],
    ['Indonesian words, two to a row', Indonesian, 2],
  ])('fits %s, words wrapped inside the tiles, with no sideways scroll', async (words, Story, count) => {
    await page.viewport(320, 640);
    inTheme({ mode: 'elder' }, <Story />);
    const first = screen.getAllByRole('button')[0]!.getBoundingClientRect();
    measured.push(`elder at 320 px, ${words}: ${first.width.toFixed(1)} × ${first.height.toFixed(1)}, ${columns()} columns`);
    expect(columns()).toBe(count);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    for (const tile of screen.getAllByRole('button')) {
      const box = tile.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(60);
      expect(box.height).toBeGreaterThanOrEqual(60);
      expect(box.right).toBeLessThanOrEqual(320);
      expect(tile.scrollWidth, tile.textContent!).toBeLessThanOrEqual(tile.clientWidth);
    }
  });

  it('keeps a short word whole with three tiles to a row', async () => {
    await page.viewport(320, 640);
    inTheme({ mode: 'elder' }, <ThreeInElderMode />);
    for (const tile of screen.getAllByRole('button')) {
      const word = tile.children[1]!;
      expect(word.getBoundingClientRect().height, word.textContent!).toBeLessThanOrEqual(px(getComputedStyle(word).lineHeight) + 0.5);
    }
  });

  it('puts fewer tiles in a row at 200 % text rather than scroll sideways', async () => {
    await page.viewport(320, 640);
    document.documentElement.style.fontSize = '200%';
    inTheme({ mode: 'elder' }, <ThreeInElderMode />);
    expect(columns()).toBeLessThan(3);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    for (const tile of screen.getAllByRole('button')) {
      expect(tile.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      expect(tile.scrollWidth, tile.textContent!).toBeLessThanOrEqual(tile.clientWidth);
    }
  });
});
