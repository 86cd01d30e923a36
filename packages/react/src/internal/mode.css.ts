import { layers, themeSelector } from '@elder-ui/tokens';
import { createVar, fallbackVar, globalStyle } from '@vanilla-extract/css';

/**
 * A CSS value that follows the mode of the closest theme root: `standard` outside elder mode,
 * `elder` inside it. The mode reaches a part through an inherited custom property set on every
 * theme root, as in @elder-ui/icons, not through an elder-mode attribute selector: inheritance makes
 * the closest root win at any depth, so a standard scope nested in an elder page is standard
 * again, and an elder scope inside that is elder again. Outside any theme root, `standard`.
 *
 * Concrete values only: a CSS-wide keyword (initial, revert) in a custom property would apply
 * to the property itself, not to the one that reads it. Call it in a `.css.ts` file.
 */
export function byMode(standard: string, elder: string): `var(--${string})` {
  const value = createVar();
  globalStyle(themeSelector('mode', 'standard'), { '@layer': { [layers.components]: { vars: { [value]: standard } } } });
  globalStyle(themeSelector('mode', 'elder'), { '@layer': { [layers.components]: { vars: { [value]: elder } } } });
  return fallbackVar(value, standard) as `var(--${string})`;
}

/** `display` of a part shown only in elder mode, such as the visible word beside a close icon. */
export const elderOnlyInline = byMode('none', 'inline');

/** `display` of a block that renders nothing in elder mode (MIIT 5.1 for marketing). */
export const blockOutsideElderMode = byMode('block', 'none');

/** `flex-wrap` that wraps in elder mode instead of scrolling sideways. */
export const wrapInElderMode = byMode('nowrap', 'wrap');
