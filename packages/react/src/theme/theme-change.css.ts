import { layers } from '@elder-ui/tokens';
import { globalStyle } from '@vanilla-extract/css';

/**
 * Marks a theme root (`<html>`, a scope, a portal host) whose theme is changing, for the one
 * frame that paints the new theme. No rule of the kit reads it (the two below do the
 * stilling): it is the hook for an app that stills a few of its own elements under it, more
 * narrowly than `page` does.
 */
export const themeChangingAttribute = 'data-eui-theme-changing';

/**
 * Marks the elements under the pointer while a theme changes. A control that fades its hover
 * colour declares its transition in the hover state only (Button, ActionList and ServiceGrid
 * rows), so at rest it has none and a theme change cannot start one: the hovered control is
 * the one that could. The other transitions at rest (Progress width, Accordion chevron)
 * animate properties a theme never changes.
 *
 * Marked by script, not matched with `[changing] :hover`: Chromium cannot narrow a change of
 * an attribute down to the hovered elements, so such a rule restyles the whole subtree each
 * time the attribute comes and goes (about 2.5 ms on a page of 1000 Buttons, in the frame
 * after the change).
 */
export const themeStillAttribute = 'data-eui-theme-still';

/**
 * Set beside {@link themeChangingAttribute} to still every transition, an app's own included
 * (`ThemeProvider disableTransitionsOnChange="page"`). It gives every element a transition
 * value for the frame of the change, and Chromium then restyles each one slower: on a page of
 * 1000 Buttons the elder switch took about 2 ms more style work.
 */
export const themeChangingPageAttribute = 'data-eui-theme-changing-page';

const still = `[${themeStillAttribute}]`;
const page = `[${themeChangingPageAttribute}]`;

// Static rules toggled by attributes, not a style injected at run time: a <style> element
// added by script is blocked by a strict Content-Security-Policy (`style-src` without
// 'unsafe-inline' or a nonce), and constructed stylesheets (`adoptedStyleSheets`) are missing
// from older browsers. They ship in the kit's CSS, need no `document` on the server, and
// cost nothing while the attributes are absent. `!important` in a layer beats every normal
// `transition` (an app's unlayered ones included) and every unlayered `!important` one; the
// `-webkit-transition` alias sets the same properties, so it is covered too.
const none = { '@layer': { [layers.base]: { transition: 'none !important' } } };
globalStyle(still, none);
globalStyle([page, `${page}::before`, `${page}::after`, `${page} *`, `${page} *::before`, `${page} *::after`].join(', '), none);
