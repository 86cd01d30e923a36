import { layers, vars } from '@elder-ui/tokens';
import { globalStyle } from '@vanilla-extract/css';

/** The highlight's name in `CSS.highlights`, styled as `::highlight(eui-read-aloud)`. */
export const highlightName = 'eui-read-aloud';

/**
 * The sentence being read: the primary action's colours (a text pair checked in all eight themes:
 * 4.5 : 1, 7 : 1 in elder mode and high contrast) and an underline, so colour is not the only cue.
 * A highlight cannot animate, so it moves from sentence to sentence at once, reduced motion or not.
 */
globalStyle(`::highlight(${highlightName})`, {
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
