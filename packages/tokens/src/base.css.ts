import { globalStyle } from '@vanilla-extract/css';
import { textSizeAttribute, textSizes, themeAttributes } from './theme-contract';
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

// The text-size setting scales the root font size, so every rem of every theme follows. In
// percent of the browser's own size, so a user's browser text setting still multiplies
// (WCAG 1.4.4). On the root only: a theme scope cannot change what 1rem means.
for (const size of textSizes) {
  if (size === 100) continue;
  globalStyle(`:root[${textSizeAttribute}="${size}"]`, {
    '@layer': { [layers.base]: { fontSize: `${size}%` } },
  });
}
