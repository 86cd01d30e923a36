import { describe, expect, it } from 'vitest';
import { allThemes, themeName } from './theme-contract';
import { vars } from './contract.css';
import { toDesignTokens } from './dtcg';
import { forcedColors, modeTokens, palettes, themeColors } from './values';

const px = (rem: string) => parseFloat(rem) * 16;
const floorPx = (target: string) => Number(/^max\((\d+)px, ([\d.]+)rem\)$/.exec(target)?.[1]);

describe('type, targets and focus follow ELDER-MODE.md', () => {
  it('sets standard type at 16 px body and nothing under 14 px', () => {
    const { fontSize, lineHeight } = modeTokens.standard;
    expect(px(fontSize.body)).toBe(16);
    expect(Math.min(...Object.values(fontSize).map(px))).toBeGreaterThanOrEqual(14);
    expect(Number(lineHeight.body)).toBeGreaterThanOrEqual(1.5);
  });

  it('sets elder type at 20 px body, 22 px actions, a 30 px+ heading and nothing under 18 px', () => {
    const { fontSize, lineHeight } = modeTokens.elder;
    expect(px(fontSize.body)).toBe(20);
    expect(px(fontSize.action)).toBeGreaterThanOrEqual(22);
    expect(px(fontSize.display)).toBeGreaterThanOrEqual(30);
    expect(Math.min(...Object.values(fontSize).map(px))).toBeGreaterThanOrEqual(18);
    expect(Number(lineHeight.body)).toBeGreaterThanOrEqual(1.6);
  });

  it('keeps every size in rem so the browser text size scales it', () => {
    for (const mode of Object.values(modeTokens)) {
      for (const size of Object.values(mode.fontSize)) expect(size).toMatch(/^[\d.]+rem$/);
    }
  });

  it('sets targets of 44 px standard, 48 px and 60 px for primary actions in elder mode, with wider gaps', () => {
    expect(floorPx(modeTokens.standard.target.control)).toBe(44);
    expect(floorPx(modeTokens.standard.target.primary)).toBe(44);
    expect(floorPx(modeTokens.elder.target.control)).toBe(48);
    expect(floorPx(modeTokens.elder.target.primary)).toBe(60);
    expect(px(modeTokens.standard.target.gap)).toBeGreaterThanOrEqual(8);
    expect(px(modeTokens.elder.target.gap)).toBeGreaterThanOrEqual(12);
  });

  it('draws a focus ring of at least 3 px with a 2 px offset', () => {
    for (const mode of Object.values(modeTokens)) {
      expect(parseFloat(mode.focus.width)).toBeGreaterThanOrEqual(3);
      expect(parseFloat(mode.focus.offset)).toBeGreaterThanOrEqual(2);
    }
  });

  it('has no motion in elder mode', () => {
    expect(modeTokens.elder.motion.duration).toBe('0ms');
  });

  it('keeps paragraph spacing at 1.3 × the line height or more', () => {
    for (const mode of Object.values(modeTokens)) {
      expect(parseFloat(mode.paragraphSpacing)).toBeGreaterThanOrEqual(1.3 * Number(mode.lineHeight.body) - 1e-9);
    }
  });
});

describe('the contract', () => {
  it('names every custom property --eui-…, stably', () => {
    expect(vars.color.fg.default).toBe('var(--eui-color-fg-default)');
    expect(vars.fontSize.body).toBe('var(--eui-font-size-body)');
    expect(vars.target.primary).toBe('var(--eui-target-primary)');
    expect(vars.color.primary.bgHover).toBe('var(--eui-color-primary-bg-hover)');
  });

  it('has a value for every colour in every palette and under forced colours', () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([key, inner]) => (typeof inner === 'string' ? [key] : keys(inner as object).map((k) => `${key}.${k}`)));
    const expected = keys(vars.color).sort();
    for (const scheme of Object.values(palettes)) {
      for (const palette of Object.values(scheme)) expect(keys(palette).sort()).toEqual(expected);
    }
    expect(keys(forcedColors).sort()).toEqual(expected);
  });
});

describe('the DTCG export', () => {
  const tokens = toDesignTokens() as Record<string, any>;

  it('has one group per theme, with the theme attributes', () => {
    expect(Object.keys(tokens).sort()).toEqual(allThemes.map(themeName).sort());
    expect(tokens['elder-dark-high'].$extensions['org.elder-ui.attributes']).toEqual({
      'data-eui-mode': 'elder',
      'data-eui-scheme': 'dark',
      'data-eui-contrast': 'high',
    });
  });

  it('types colours and dimensions and keeps the palette values', () => {
    for (const theme of allThemes) {
      const group = tokens[themeName(theme)];
      expect(group.color.fg.default).toEqual({ $type: 'color', $value: themeColors(theme).fg.default });
      expect(group.fontSize.body.$type).toBe('dimension');
      expect(group.target.primary.$value).toBe(theme.mode === 'elder' ? '60px' : '44px');
    }
  });
});
