import { Button, ThemeScope } from '@elder-ui/react';
import {
  allThemes,
  colorAt,
  contrastPairs,
  cssVariableName,
  forcedColors,
  minimumContrast,
  modeTokens,
  modes,
  themeColors,
  themeName,
  vars,
  type ModeTokens,
} from '@elder-ui/tokens';
import { contrastRatio, formatRatio } from './ColourSwatches';
import { modeLabel, TableHead } from './parts';
import { styles } from './styles';

const focusPairs = contrastPairs.filter((pair) => pair.kind === 'focus');

/**
 * The focus ring of every theme, drawn as the kit draws it (the width, offset and colour
 * tokens as an outline), with its contrast against each surface it can sit on. Each pane
 * also holds a real button: press Tab to see the live ring.
 */
export function FocusRings() {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(18rem, 100%), 1fr))' }}>
      {allThemes.map((theme) => {
        const name = themeName(theme);
        const colors = themeColors(theme);
        return (
          <ThemeScope key={name} {...theme} style={{ padding: vars.space.xl, display: 'grid', gap: vars.space.md, alignContent: 'start' }}>
            <p style={{ ...styles.caption, margin: 0 }}>
              {theme.mode} · {theme.scheme} · {theme.contrast}
            </p>
            <span
              data-ring=""
              style={{
                justifySelf: 'start',
                padding: `${vars.space.sm} ${vars.space.lg}`,
                border: `1px solid ${vars.color.border.control}`,
                borderRadius: vars.radius.md,
                outline: `${vars.focus.width} solid ${vars.color.focus.ring}`,
                outlineOffset: vars.focus.offset,
              }}
            >
              Ring {modeTokens[theme.mode].focus.width} wide, {modeTokens[theme.mode].focus.offset} off
            </span>
            <ul style={styles.list}>
              {focusPairs.map((pair) => {
                const ratio = contrastRatio(colorAt(colors, pair.fg), colorAt(colors, pair.bg));
                const needed = minimumContrast('focus', theme);
                const pass = ratio >= needed;
                return (
                  <li key={pair.bg} data-pass={pass}>
                    <strong>{pass ? '✓ Pass' : '✗ Fail'}</strong> {formatRatio(ratio)} : 1 on <code>{cssVariableName(['color', ...pair.bg.split('.')])}</code> (needs {needed} : 1)
                  </li>
                );
              })}
            </ul>
            <Button tone="secondary">Tab to me</Button>
          </ThemeScope>
        );
      })}
    </div>
  );
}

/** Tokens that differ between the modes and change how things move or are outlined. */
const motionAndFocus: readonly string[][] = [
  ['motion', 'duration'],
  ['motion', 'easing'],
  ['focus', 'width'],
  ['focus', 'offset'],
  ['border', 'control'],
];

const tokenValue = (tokens: ModeTokens, path: string[]) =>
  path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tokens) as string;

/** Motion, focus and outline tokens in standard and elder mode, from the tokens. */
export function MotionTokens() {
  return (
    <table style={styles.table} aria-label="Motion and focus tokens by mode">
      <TableHead columns={modes.map((mode) => modeLabel[mode])} />
      <tbody>
        {motionAndFocus.map((path) => (
          <tr key={path.join('.')}>
            <th scope="row" style={{ ...styles.td, textAlign: 'start' }}>
              <code>{cssVariableName(path)}</code>
            </th>
            {modes.map((mode) => (
              <td key={mode} style={styles.td}>
                <code>{tokenValue(modeTokens[mode], path)}</code>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The system colour each colour token becomes under `forced-colors: active`. */
export function ForcedColourMap() {
  const rows = Object.entries(forcedColors).flatMap(([group, tokens]) =>
    Object.entries(tokens as Record<string, string>).map(([name, value]) => ({ path: ['color', group, name], value })),
  );
  return (
    <table style={styles.table} aria-label="Colour tokens under forced colours">
      <thead>
        <tr>
          <th scope="col" style={styles.th}>
            Token
          </th>
          <th scope="col" style={styles.th}>
            System colour
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ path, value }) => (
          <tr key={path.join('.')}>
            <th scope="row" style={{ ...styles.td, textAlign: 'start' }}>
              <code>{cssVariableName(path)}</code>
            </th>
            <td style={styles.td}>
              <code>{value}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
