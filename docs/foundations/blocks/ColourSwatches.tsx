import { ThemeScope } from '@elder-ui/react';
import {
  allThemes,
  colorAt,
  contrastPairs,
  cssVariableName,
  minimumContrast,
  themeColors,
  themeName,
  vars,
  type ColorPath,
  type ColorTokens,
  type ContrastPair,
  type ResolvedTheme,
} from '@elder-ui/tokens';
import Color from 'colorjs.io';
import { styles } from './styles';

/** The WCAG 2.1 contrast ratio of two colours, by colorjs.io, as the palette test measures it. */
export function contrastRatio(foreground: string, background: string): number {
  return new Color(foreground).contrast(new Color(background), 'WCAG21');
}

/**
 * A ratio for reading, cut (not rounded) to two decimals, so a pair that fails is never shown
 * at the threshold: 4.499 reads 4.49, not 4.50.
 */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}

/** Every colour token, by path, in the order the palette declares them. */
function colorPaths(colors: ColorTokens): ColorPath[] {
  return Object.entries(colors).flatMap(([group, tokens]) =>
    Object.keys(tokens as object).map((name) => `${group}.${name}` as ColorPath),
  );
}

const variableOf = (path: ColorPath) => cssVariableName(['color', ...path.split('.')]);

const kindLabel: Record<ContrastPair['kind'], string> = {
  text: 'text',
  'non-text': 'icon or outline',
  focus: 'focus ring',
};

/** One measured pair: a sample of the colour on its surface, the ratio and the mark. */
function PairResult({ pair, colors, theme }: { pair: ContrastPair; colors: ColorTokens; theme: ResolvedTheme }) {
  const fg = colorAt(colors, pair.fg);
  const bg = colorAt(colors, pair.bg);
  const ratio = contrastRatio(fg, bg);
  const needed = minimumContrast(pair.kind, theme);
  const pass = ratio >= needed;
  return (
    <li style={styles.pair} data-pass={pass}>
      <span aria-hidden="true" style={{ ...styles.sample, color: fg, backgroundColor: bg, borderColor: fg }}>
        Aa
      </span>
      <span>
        {/* A word and a sign, never the colour alone (WCAG 1.4.1). */}
        <strong>{pass ? '✓ Pass' : '✗ Fail'}</strong> {formatRatio(ratio)} : 1 on <code>{variableOf(pair.bg)}</code> as{' '}
        {kindLabel[pair.kind]} (needs {needed} : 1)
      </span>
    </li>
  );
}

/** Props of {@link ColourSwatches}. */
export interface ColourSwatchesProps {
  /** The theme whose colours are shown and whose contrast table applies. */
  theme: ResolvedTheme;
  /**
   * The colours to show.
   * @default themeColors(theme), the kit's own palette
   */
  colors?: ColorTokens;
}

/**
 * Every semantic colour of one theme: swatch, custom property, value, and the contrast ratio
 * against each surface it is drawn on (the pairs of `contrastPairs`, which the palette test
 * checks), marked pass or fail by the ELDER-MODE.md table for this theme.
 */
export function ColourSwatches({ theme, colors = themeColors(theme) }: ColourSwatchesProps) {
  const name = themeName(theme);
  return (
    <ThemeScope {...theme} style={styles.pane}>
      <table style={styles.table} aria-label={`Colours of ${name}`}>
        <thead>
          <tr>
            <th scope="col" style={styles.th}>
              Swatch
            </th>
            <th scope="col" style={styles.th}>
              Token
            </th>
            <th scope="col" style={styles.th}>
              Value
            </th>
            <th scope="col" style={styles.th}>
              Contrast
            </th>
          </tr>
        </thead>
        <tbody>
          {colorPaths(colors).map((path) => {
            const value = colorAt(colors, path);
            const asForeground = contrastPairs.filter((pair) => pair.fg === path);
            const asSurface = contrastPairs.filter((pair) => pair.bg === path);
            return (
              <tr key={path}>
                <td style={styles.td}>
                  <span aria-hidden="true" style={{ ...styles.swatch, backgroundColor: value }} />
                </td>
                <th scope="row" style={{ ...styles.td, textAlign: 'start' }}>
                  <code>{variableOf(path)}</code>
                </th>
                <td style={styles.td}>
                  <code>{value}</code>
                </td>
                <td style={styles.td}>
                  {asForeground.length > 0 ? (
                    <ul style={styles.list}>
                      {asForeground.map((pair) => (
                        <PairResult key={`${pair.kind}:${pair.bg}`} pair={pair} colors={colors} theme={theme} />
                      ))}
                    </ul>
                  ) : asSurface.length > 0 ? (
                    <span>
                      Surface for {[...new Set(asSurface.map((pair) => pair.fg))].length} colours, measured on their rows
                    </span>
                  ) : (
                    <span>Not drawn on a surface of its own</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ThemeScope>
  );
}

const thresholdColumns = [
  { label: 'Standard mode', theme: { mode: 'standard', scheme: 'light', contrast: 'standard' } },
  { label: 'Elder mode', theme: { mode: 'elder', scheme: 'light', contrast: 'standard' } },
  { label: 'High contrast (either mode)', theme: { mode: 'standard', scheme: 'light', contrast: 'high' } },
] as const satisfies readonly { label: string; theme: ResolvedTheme }[];

/** The contrast each kind of pair needs, read from `minimumContrast` (the palette test's table). */
export function ContrastThresholds() {
  return (
    <table style={styles.table} aria-label="Contrast each pair needs">
      <thead>
        <tr>
          <th scope="col" style={styles.th}>
            Drawn as
          </th>
          {thresholdColumns.map(({ label }) => (
            <th key={label} scope="col" style={styles.th}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {(Object.keys(kindLabel) as ContrastPair['kind'][]).map((kind) => (
          <tr key={kind}>
            <th scope="row" style={{ ...styles.td, textAlign: 'start' }}>
              {kindLabel[kind]}
            </th>
            {thresholdColumns.map(({ label, theme }) => (
              <td key={label} style={styles.td}>
                {minimumContrast(kind, theme)} : 1
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** All eight themes, one table each, standard mode first. */
export function AllColourSwatches() {
  return (
    <div style={{ display: 'grid', gap: vars.space.xl }}>
      {allThemes.map((theme) => (
        <section key={themeName(theme)} aria-label={themeName(theme)}>
          <h3 style={styles.heading}>
            {theme.mode} mode · {theme.scheme} · {theme.contrast} contrast
          </h3>
          <ColourSwatches theme={theme} />
        </section>
      ))}
    </div>
  );
}
