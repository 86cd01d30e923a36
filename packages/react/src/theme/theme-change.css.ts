import { layers } from '@elder-ui/tokens';
import { globalStyle } from '@vanilla-extract/css';

/**
 * Marks a theme root (`<html>`, a scope, a portal host) whose theme is changing. It stays for
 * the one frame that paints the new theme, so a theme change never animates.
 */
export const themeChangingAttribute = 'data-eui-theme-changing';

const changing = `[${themeChangingAttribute}]`;

// A static rule toggled by an attribute, not a style injected at run time: a <style> element
// added by script is blocked by a strict Content-Security-Policy (`style-src` without
// 'unsafe-inline' or a nonce), and constructed stylesheets (`adoptedStyleSheets`) are missing
// from older browsers. This rule ships in the kit's CSS, needs no `document` on the server, and
// costs nothing while the attribute is absent. `!important` in a layer beats every normal
// `transition` (an app's unlayered ones included) and every unlayered `!important` one; the
// `-webkit-transition` alias sets the same properties, so it is covered too.
globalStyle(
  [changing, `${changing}::before`, `${changing}::after`, `${changing} *`, `${changing} *::before`, `${changing} *::after`].join(', '),
  { '@layer': { [layers.base]: { transition: 'none !important' } } },
);
