/**
 * Lengths as the tokens write them (`1.25rem`, `3px`, `max(48px, 3rem)`), read back as CSS px,
 * so every number on the Foundations pages is computed from the token, never typed.
 */

/** The browser's own root font size, which `textSize` 100 % keeps. */
export const browserRootPx = 16;

/**
 * The CSS px of a token length when 1rem is `rootPx`. A `max(…)` target takes the larger of its
 * floor and its rem part, as the browser does: at 200 % text a 48 px target grows to 96 px.
 */
export function tokenPx(value: string, rootPx = browserRootPx): number {
  const inner = /^max\((.*)\)$/.exec(value.trim())?.[1];
  if (inner !== undefined) return Math.max(...inner.split(',').map((part) => tokenPx(part, rootPx)));
  const match = /^(-?\d*\.?\d+)(px|rem|em)?$/.exec(value.trim());
  if (!match) throw new RangeError(`tokenPx: "${value}" is not a length in px or rem.`);
  const number = Number(match[1]);
  return match[2] === 'rem' || match[2] === 'em' ? number * rootPx : number;
}

/** A number for reading: at most two decimals, no trailing zeros (`20`, `17.25`). */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}
