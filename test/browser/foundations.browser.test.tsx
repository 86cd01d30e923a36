import { formatAmountInWords, messages } from '@elder-ui/react';
import { icons } from '@elder-ui/icons';
import {
  allThemes,
  colorAt,
  contrastPairs,
  cssVariableName,
  minimumContrast,
  modeTokens,
  modes,
  palettes,
  textSizes,
  themeColors,
  themeName,
  type ColorPath,
  type ResolvedTheme,
} from '@elder-ui/tokens';
import { render, screen, within } from '@testing-library/react';
import Color from 'colorjs.io';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ColourSwatches, ContrastThresholds, contrastRatio, formatRatio } from '../../docs/foundations/blocks/ColourSwatches';
import { ContentRules, ElderModeNames } from '../../docs/foundations/blocks/ContentRules';
import { FocusRings } from '../../docs/foundations/blocks/FocusAndMotion';
import { IconDrawings, IconSetSummary } from '../../docs/foundations/blocks/IconDrawings';
import { SpacingSteps, TargetSizes } from '../../docs/foundations/blocks/SpaceAndTargets';
import { TypeScale } from '../../docs/foundations/blocks/TypeScale';
import { tokenPx } from '../../docs/foundations/blocks/units';

// The Foundations pages are generated from @elder-ui/tokens. These tests render their blocks in
// Chromium and check that what a reader sees is the token (value, size, ratio), and that the
// marks judge a colour by the same table as the palette test.

const variable = (path: ColorPath) => cssVariableName(['color', ...path.split('.')]);

/** The row of one colour token in a theme's table. */
function colourRow(theme: ResolvedTheme, path: ColorPath) {
  const table = screen.getByRole('table', { name: `Colours of ${themeName(theme)}` });
  return within(table).getByRole('rowheader', { name: variable(path) }).closest('tr')!;
}

/** An element's words without its decorative parts (the "Aa" sample), as a screen reader reads them. */
function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent!.trim();
}

/** The measurement of one pair: "✓ Pass 12.63 : 1 on --eui-color-bg-canvas as text (needs 7 : 1)". */
function pairText(theme: ResolvedTheme, fg: ColorPath, bg: ColorPath): string {
  const item = within(colourRow(theme, fg))
    .getAllByRole('listitem')
    .find((li) => li.textContent!.includes(`on ${variable(bg)} as`));
  expect(item, `${fg} on ${bg} is listed`).toBeDefined();
  return spokenText(item!);
}

const lightStandard: ResolvedTheme = { mode: 'standard', scheme: 'light', contrast: 'standard' };
const lightElder: ResolvedTheme = { mode: 'elder', scheme: 'light', contrast: 'standard' };

describe('the colour page', () => {
  it.each(allThemes.map((theme) => [themeName(theme), theme] as const))(
    'shows every colour of %s with its token value and the palette test’s verdict on every pair',
    (_name, theme) => {
      render(<ColourSwatches theme={theme} />);
      const colors = themeColors(theme);
      for (const [group, tokens] of Object.entries(colors)) {
        for (const [name, value] of Object.entries(tokens as Record<string, string>)) {
          expect(within(colourRow(theme, `${group}.${name}` as ColorPath)).getByText(value)).toBeVisible();
        }
      }
      for (const pair of contrastPairs) {
        const ratio = new Color(colorAt(colors, pair.fg)).contrast(new Color(colorAt(colors, pair.bg)), 'WCAG21');
        const needed = minimumContrast(pair.kind, theme);
        const text = pairText(theme, pair.fg, pair.bg);
        expect(text).toContain(`${formatRatio(ratio)} : 1`);
        expect(text).toContain(`needs ${needed} : 1`);
        expect(text.startsWith(ratio >= needed ? '✓ Pass' : '✗ Fail'), text).toBe(true);
      }
    },
  );

  it('states the thresholds of ELDER-MODE.md, read from the palette test’s table', () => {
    render(<ContrastThresholds />);
    const row = (name: string) => within(screen.getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell').map((cell) => cell.textContent);
    expect(row('text')).toEqual(['4.5 : 1', '7 : 1', '7 : 1']);
    expect(row('icon or outline')).toEqual(['3 : 1', '4.5 : 1', '4.5 : 1']);
    expect(row('focus ring')).toEqual(['3 : 1', '3 : 1', '4.5 : 1']);
  });

  it('marks a too-pale colour as failing, in words', () => {
    const pale = '#bbbbbb';
    const colors = { ...palettes.light.standard, fg: { ...palettes.light.standard.fg, muted: pale } };
    render(<ColourSwatches theme={lightStandard} colors={colors} />);
    const text = pairText(lightStandard, 'fg.muted', 'bg.canvas');
    expect(text).toMatch(/^✗ Fail/);
    expect(text).toContain(`${formatRatio(contrastRatio(pale, colors.bg.canvas))} : 1`);
    expect(within(colourRow(lightStandard, 'fg.muted')).getByText(pale)).toBeVisible();
  });

  it('judges a colour by the theme’s own threshold: 4.5 : 1 passes standard text but not elder', () => {
    const grey = '#6b7380';
    const ratio = contrastRatio(grey, '#ffffff');
    expect(ratio).toBeGreaterThan(4.5);
    expect(ratio).toBeLessThan(7);
    for (const [theme, mark] of [
      [lightStandard, '✓ Pass'],
      [lightElder, '✗ Fail'],
    ] as const) {
      const base = themeColors(theme);
      render(<ColourSwatches theme={theme} colors={{ ...base, fg: { ...base.fg, muted: grey } }} />);
      expect(pairText(theme, 'fg.muted', 'bg.canvas').startsWith(mark)).toBe(true);
    }
  });
});

describe('the type page', () => {
  it('shows each size of both modes in px and rem, from the tokens, and sets the samples at that size', async () => {
    render(<TypeScale />);
    const table = () => screen.getByRole('table', { name: /^Type scale at/ });
    for (const step of [100, 200] as const) {
      if (step !== 100) await userEvent.click(screen.getByRole('radio', { name: `${step} %` }));
      expect(table()).toHaveAccessibleName(`Type scale at ${step} %`);
      const root = (16 * step) / 100;
      for (const mode of modes) {
        for (const [size, value] of Object.entries(modeTokens[mode].fontSize)) {
          const cell = within(within(table()).getByRole('rowheader', { name: `--eui-font-size-${size}` }).closest('tr')!)
            .getAllByRole('cell')
            .find((td) => td.dataset.mode === mode)!;
          const px = tokenPx(value, root);
          expect(cell).toHaveTextContent(`${px} px · ${value}`);
          const sample = cell.querySelector('p[lang="zh-CN"]')!;
          expect(parseFloat(getComputedStyle(sample).fontSize)).toBeCloseTo(px, 1);
        }
      }
    }
    // Elder body text at 200 %: 40 px, the largest the spec asks every screen to survive.
    const body = within(table()).getByRole('rowheader', { name: '--eui-font-size-body' }).closest('tr')!;
    expect(body).toHaveTextContent('40 px · 1.25rem');
  });

  it('offers every text-size step of the contract', () => {
    render(<TypeScale />);
    expect(screen.getAllByRole('radio').map((radio) => Number((radio as HTMLInputElement).value))).toEqual([...textSizes]);
  });

  it('sets a Chinese and an Indonesian sample in the kit’s own words', () => {
    render(<TypeScale />);
    expect(screen.getAllByText(messages['zh-CN'].elderModeDescription)).toHaveLength(12);
    expect(screen.getAllByText(messages.id.elderModeDescription)).toHaveLength(12);
  });
});

describe('the space and targets page', () => {
  it('draws every target at its token size, and targets the gap token apart', () => {
    render(<TargetSizes />);
    const expected = { standard: { control: 44, primary: 44, gap: 8 }, elder: { control: 48, primary: 60, gap: 12 } };
    for (const mode of modes) {
      const figure = screen.getByRole('figure', { name: `${mode === 'standard' ? 'Standard' : 'Elder'} targets` });
      for (const token of ['control', 'primary'] as const) {
        const square = figure.querySelector(`[data-target="${token}"] [data-square]`)!.getBoundingClientRect();
        expect([square.width, square.height]).toEqual([expected[mode][token], expected[mode][token]]);
        expect(tokenPx(modeTokens[mode].target[token])).toBe(expected[mode][token]);
      }
      const [first, second] = [...figure.querySelectorAll('[data-gap-square]')].map((square) => square.getBoundingClientRect());
      expect(second!.left - first!.right).toBeCloseTo(expected[mode].gap, 1);
      expect(figure).toHaveTextContent(`Gap between targets: ${expected[mode].gap} px`);
    }
  });

  it('lists every spacing step of both modes with its px value', () => {
    render(<SpacingSteps />);
    for (const [step, value] of Object.entries(modeTokens.elder.space)) {
      const row = screen.getByRole('rowheader', { name: `--eui-space-${step}` }).closest('tr')!;
      expect(row).toHaveTextContent(`${tokenPx(value)} px · ${value}`);
      expect(row).toHaveTextContent(`${tokenPx(modeTokens.standard.space[step as 'xs'])} px`);
    }
  });
});

describe('the focus page', () => {
  it('draws the ring of every theme with its width and colour tokens, and passes it against every surface', () => {
    render(<FocusRings />);
    const rings = [...document.querySelectorAll<HTMLElement>('[data-ring]')];
    expect(rings).toHaveLength(allThemes.length);
    allThemes.forEach((theme, index) => {
      const style = getComputedStyle(rings[index]!);
      expect(style.outlineStyle).toBe('solid');
      expect(style.outlineWidth).toBe(modeTokens[theme.mode].focus.width);
      expect(style.outlineOffset).toBe(modeTokens[theme.mode].focus.offset);
      expect(new Color(style.outlineColor).deltaE(new Color(themeColors(theme).focus.ring), '2000')).toBeLessThan(0.5);
    });
    expect(screen.queryByText(/✗ Fail/)).toBeNull();
    expect(screen.getAllByText(/✓ Pass/)).toHaveLength(allThemes.length * 3);
  });
});

describe('the iconography page', () => {
  it('gives each drawing’s stroke from the icon data', () => {
    render(<IconDrawings names={['home']} />);
    const home = icons.find((icon) => icon.name === 'home')!;
    expect(screen.getByText(new RegExp(`^Standard: stroke ${home.standard.strokeWidth} on 24`))).toBeVisible();
    expect(screen.getByText(new RegExp(`^Elder: stroke ${home.elder.strokeWidth} on 24`))).toBeVisible();
  });

  it('summarises the whole set, elder strokes heavier than standard', () => {
    render(<IconSetSummary />);
    const elder = screen.getByRole('rowheader', { name: 'Elder' }).closest('tr')!;
    const minElder = Math.min(...icons.map((icon) => icon.elder.strokeWidth));
    expect(within(elder).getAllByRole('cell')[0]).toHaveTextContent(new RegExp(`^${minElder}–`));
  });

  it('refuses an icon name it does not know', () => {
    expect(() => render(<IconDrawings names={['kite']} />)).toThrow(/no icon named "kite"/);
  });
});

describe('the content page', () => {
  it('writes money in words with the kit’s own formatter, in each language', () => {
    render(<ContentRules />);
    expect(screen.getByText(new RegExp(formatAmountInWords('1250', { currency: 'CNY', locale: 'zh-CN' })))).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByText(new RegExp(formatAmountInWords('1250000', { currency: 'IDR', locale: 'id' })))).toHaveAttribute('lang', 'id');
  });

  it('names elder mode as each locale’s switch does', () => {
    render(<ElderModeNames />);
    expect(screen.getByText('长辈模式')).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByText(/长辈版、关怀模式/)).toBeVisible();
    expect(screen.getByText('Mode lansia')).toHaveAttribute('lang', 'id');
  });
});
