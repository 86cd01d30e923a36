import Color from 'colorjs.io';
import { describe, expect, it } from 'vitest';
import { allThemes, themeName } from './theme-contract';
import { colorAt, contrastPairs, minimumContrast } from './contrast';
import { themeColors } from './values';

const ratio = (fg: string, bg: string) => new Color(fg).contrast(new Color(bg), 'WCAG21');

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('the %s palette', (_name, theme) => {
  const colors = themeColors(theme);

  it.each(contrastPairs.map((pair) => [`${pair.kind}: ${pair.fg} on ${pair.bg}`, pair] as const))(
    'meets the contrast table for %s',
    (_label, pair) => {
      const actual = ratio(colorAt(colors, pair.fg), colorAt(colors, pair.bg));
      expect(actual, `${pair.fg} on ${pair.bg}`).toBeGreaterThanOrEqual(minimumContrast(pair.kind, theme));
    },
  );
});

describe('the contrast table', () => {
  it('asks more of elder mode and of high contrast than of standard', () => {
    const standard = { mode: 'standard', scheme: 'light', contrast: 'standard' } as const;
    const elder = { ...standard, mode: 'elder' } as const;
    const high = { ...standard, contrast: 'high' } as const;
    expect([minimumContrast('text', standard), minimumContrast('text', elder), minimumContrast('text', high)]).toEqual([4.5, 7, 7]);
    expect([minimumContrast('non-text', standard), minimumContrast('non-text', elder), minimumContrast('non-text', high)]).toEqual([3, 4.5, 4.5]);
    expect([minimumContrast('focus', standard), minimumContrast('focus', elder), minimumContrast('focus', high)]).toEqual([3, 3, 4.5]);
  });

  it('computes ratios that tell pale pairs from strong ones', () => {
    expect(ratio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(ratio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(ratio('#999999', '#ffffff')).toBeLessThan(4.5);
  });
});
