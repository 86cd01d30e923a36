import { layers, themeRootSelector, vars } from '@elder-ui/tokens';
import { globalStyle } from '@vanilla-extract/css';
import { region } from './ReadAloud.css';

/** The highlight's name in `CSS.highlights`, styled as `::highlight(eui-read-aloud)`. */
export const highlightName = 'eui-read-aloud';

/**
 * The sentence being read: the primary action's colours (a text pair checked in all eight themes:
 * 4.5 : 1, 7 : 1 in elder mode and high contrast) and an underline, so colour is not the only cue.
 * A highlight cannot animate, so it moves from sentence to sentence at once, reduced motion or not.
 *
 * Set on the root and on each theme root (a ThemeScope has colours of its own), which every
 * element's highlight inherits from (CSS highlight inheritance), and on what a `<ReadAloud>`
 * region holds, for browsers that do not inherit it.
 * A bare `::highlight()` rule matches every element, and each style recalculation then works out
 * a highlight style for all of them: on a page of 1000 buttons, a third more time for each
 * theme switch.
 */
globalStyle(`:root::highlight(${highlightName}), ${themeRootSelector}::highlight(${highlightName}), ${region} ::highlight(${highlightName})`, {
  '@layer': {
    [layers.components]: {
      backgroundColor: vars.color.primary.bg,
      color: vars.color.primary.fg,
      textDecorationLine: 'underline',
      textDecorationThickness: '0.08em',
      '@media': {
        '(forced-colors: active)': { backgroundColor: 'Highlight', color: 'HighlightText' },
      },
    },
  },
});
