import { layers } from '@elder-ui/tokens';
import { globalStyle } from '@vanilla-extract/css';

/**
 * Marks a theme root (`<html>`, a scope, a portal host) whose theme is changing. It stays for
 * the one frame that paints the new theme, so a theme change never animates. Its value says
 * how far the stillness reaches: empty for the kit's own components, `page` for every element.
 */
export const themeChangingAttribute = 'data-eui-theme-changing';

/** The value of {@link themeChangingAttribute} that stills every transition, an app's own included. */
export const wholePageValue = 'page';

const changing = `[${themeChangingAttribute}]`;
const page = `[${themeChangingAttribute}="${wholePageValue}"]`;

// Static rules toggled by an attribute, not a style injected at run time: a <style> element
// added by script is blocked by a strict Content-Security-Policy (`style-src` without
// 'unsafe-inline' or a nonce), and constructed stylesheets (`adoptedStyleSheets`) are missing
// from older browsers. They ship in the kit's CSS, need no `document` on the server, and
// cost nothing while the attribute is absent. `!important` in a layer beats every normal
// `transition` (an app's unlayered ones included) and every unlayered `!important` one; the
// `-webkit-transition` alias sets the same properties, so it is covered too.
const still = { '@layer': { [layers.base]: { transition: 'none !important' } } };

// The kit's components. A control that fades its hover colour declares its transition in the
// hover state only (Button, ActionList and ServiceGrid rows), so at rest it has none and a
// theme change cannot start one. The hovered element is the one that could: it is stilled
// here. The other transitions at rest (Progress width, Accordion chevron) animate properties
// a theme never changes. Stilling every element instead gives each one a transition value for
// the frame of the change, and Chromium then restyles each slower: on a page of 1000 Buttons
// the elder switch took about 2 ms more style work.
globalStyle([`${changing}:hover`, `${changing} :hover`].join(', '), still);

// Every element, for an app whose own CSS animates what a theme changes
// (`ThemeProvider disableTransitionsOnChange="page"`).
globalStyle([page, `${page}::before`, `${page}::after`, `${page} *`, `${page} *::before`, `${page} *::after`].join(', '), still);
