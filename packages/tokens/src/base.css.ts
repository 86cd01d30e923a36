import { globalStyle } from '@vanilla-extract/css';
import { themeAttributes } from './theme-contract';
import { vars } from './contract.css';
import { layers } from './layers.css';

// Every theme root paints its own text and background, so a nested scope reads as its theme.
globalStyle(`:root, [${themeAttributes.mode}]`, {
  '@layer': {
    [layers.base]: {
      color: vars.color.fg.default,
      backgroundColor: vars.color.bg.canvas,
      fontFamily: vars.font.family.sans,
      fontWeight: vars.fontWeight.regular,
    },
  },
});

// Body size and line height, but never on the root element itself: there it would change what 1rem means.
globalStyle(`body, [${themeAttributes.mode}]:not(:root)`, {
  '@layer': {
    [layers.base]: {
      fontSize: vars.fontSize.body,
      lineHeight: vars.lineHeight.body,
    },
  },
});
