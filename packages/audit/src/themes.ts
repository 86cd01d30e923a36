import { allThemes, contrasts, themeName as contractThemeName, modes, schemes } from '@elder-ui/tokens/contract';
import { UsageError } from './errors.ts';
import type { Theme } from './types.ts';

/** All eight themes, standard mode first: mode × scheme × contrast. */
export { allThemes };

/** A theme's name: `mode-scheme-contrast`, such as `elder-dark-high`; `as-is` for no theme. */
export function themeName(theme: Theme | null): string {
  return theme ? contractThemeName(theme) : 'as-is';
}

/**
 * Reads `--themes`: `all` (the eight themes), `none` (pages as they are), or a comma-separated
 * list of theme names where any part may be `*` (`elder-*-*`, `*-dark-high`).
 *
 * @returns The themes, or `[null]` for `none`.
 */
export function parseThemes(value: string): (Theme | null)[] {
  const text = value.trim();
  if (text === 'none') return [null];
  if (text === 'all' || text === '') return [...allThemes];
  const chosen = new Map<string, Theme>();
  for (const item of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const parts = item.split('-');
    if (parts.length !== 3) {
      throw new UsageError(`--themes: "${item}" is not a theme. Use mode-scheme-contrast, such as elder-dark-high, with * for any value, or "all" or "none".`);
    }
    const [mode, scheme, contrast] = parts as [string, string, string];
    const check = (part: string, allowed: readonly string[], axis: string) => {
      if (part !== '*' && !allowed.includes(part)) {
        throw new UsageError(`--themes: "${part}" in "${item}" is not a ${axis} (${allowed.join(', ')} or *).`);
      }
    };
    check(mode, modes, 'mode');
    check(scheme, schemes, 'scheme');
    check(contrast, contrasts, 'contrast');
    for (const theme of allThemes) {
      if ((mode === '*' || mode === theme.mode) && (scheme === '*' || scheme === theme.scheme) && (contrast === '*' || contrast === theme.contrast)) {
        chosen.set(themeName(theme), theme);
      }
    }
  }
  // Keep the canonical order whatever order they were given in.
  return allThemes.filter((theme) => chosen.has(themeName(theme)));
}

/** The Storybook `globals` parameter for a theme: `mode:elder;scheme:dark;contrast:high`. */
export function storybookGlobals(theme: Theme): string {
  return `mode:${theme.mode};scheme:${theme.scheme};contrast:${theme.contrast}`;
}
