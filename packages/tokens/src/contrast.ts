import type { ResolvedTheme } from './theme-contract';
import type { ColorTokens } from './values';

/** A colour token named by its path, such as `fg.default` or `primary.bg`. */
export type ColorPath = {
  [Group in keyof ColorTokens]: `${Group}.${keyof ColorTokens[Group] & string}`;
}[keyof ColorTokens];

/** What a colour pair is used for, which decides the contrast it needs. */
export type ContrastKind = 'text' | 'non-text' | 'focus';

/** A foreground that is drawn on a background somewhere in the kit. */
export interface ContrastPair {
  kind: ContrastKind;
  fg: ColorPath;
  bg: ColorPath;
}

/**
 * The minimum contrast ratio a pair needs in a theme (ELDER-MODE.md, "Colour and contrast"):
 * text 4.5 / 7 / 7, non-text 3 / 4.5 / 4.5, focus ring 3 / 3 / 4.5
 * for standard mode / elder mode / high contrast.
 */
export function minimumContrast(kind: ContrastKind, { mode, contrast }: ResolvedTheme): number {
  const high = contrast === 'high';
  const elder = mode === 'elder';
  switch (kind) {
    case 'text':
      return high || elder ? 7 : 4.5;
    case 'non-text':
      return high || elder ? 4.5 : 3;
    case 'focus':
      return high ? 4.5 : 3;
  }
}

const surfaces = ['bg.canvas', 'bg.surface', 'bg.subtle'] as const;
const each = (kind: ContrastKind, fg: ColorPath, bgs: readonly ColorPath[]): ContrastPair[] =>
  bgs.map((bg) => ({ kind, fg, bg }));

/** Every foreground/background pair the kit draws. The palette test checks each in all eight themes. */
export const contrastPairs: readonly ContrastPair[] = [
  // Text on the page's own surfaces.
  ...each('text', 'fg.default', surfaces),
  ...each('text', 'fg.muted', surfaces),
  ...each('text', 'fg.link', ['bg.canvas', 'bg.surface']),
  ...each('text', 'fg.danger', ['bg.canvas', 'bg.surface']),
  ...each('text', 'fg.success', ['bg.canvas', 'bg.surface']),
  // Disabled text still has to be readable by older eyes, though WCAG exempts it.
  ...each('text', 'fg.disabled', ['bg.canvas', 'bg.surface']),
  // Text on actions, at rest and hovered.
  ...each('text', 'primary.fg', ['primary.bg', 'primary.bgHover']),
  ...each('text', 'secondary.fg', ['secondary.bg', 'secondary.bgHover']),
  ...each('text', 'danger.fg', ['danger.bg', 'danger.bgHover']),
  // Text inside notices.
  { kind: 'text', fg: 'info.fg', bg: 'info.bg' },
  { kind: 'text', fg: 'success.fg', bg: 'success.bg' },
  { kind: 'text', fg: 'warning.fg', bg: 'warning.bg' },
  { kind: 'text', fg: 'critical.fg', bg: 'critical.bg' },
  // Icons, input borders and control outlines.
  ...each('non-text', 'border.control', surfaces),
  ...each('non-text', 'icon.default', surfaces),
  ...each('non-text', 'primary.bg', ['bg.canvas', 'bg.surface']),
  ...each('non-text', 'danger.bg', ['bg.canvas', 'bg.surface']),
  ...each('non-text', 'secondary.border', ['bg.canvas', 'bg.surface', 'secondary.bg']),
  { kind: 'non-text', fg: 'info.border', bg: 'bg.canvas' },
  { kind: 'non-text', fg: 'success.border', bg: 'bg.canvas' },
  { kind: 'non-text', fg: 'warning.border', bg: 'bg.canvas' },
  { kind: 'non-text', fg: 'critical.border', bg: 'bg.canvas' },
  // The focus ring sits 2 px off the control, so both its neighbours are the surface behind it.
  ...each('focus', 'focus.ring', surfaces),
];

/** Reads a colour token by its path. */
export function colorAt(colors: ColorTokens, path: ColorPath): string {
  const [group, name] = path.split('.') as [keyof ColorTokens, string];
  return (colors[group] as Record<string, string>)[name]!;
}
