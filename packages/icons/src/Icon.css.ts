import { layerNames, themeSelector } from '@elder-ui/tokens/contract';
import { createVar, fallbackVar, globalLayer, globalStyle, style } from '@vanilla-extract/css';

// The kit's layer order, declared as @elder-ui/tokens declares it: whichever
// package's CSS loads first, components stay above tokens and base.
globalLayer(layerNames.tokens);
globalLayer(layerNames.base);
const components = globalLayer(layerNames.components);

const standardDisplay = createVar();
const elderDisplay = createVar();
const elderFloor = createVar();

// The mode reaches icons through inherited custom properties set on every theme
// root, not through an elder-mode attribute selector: inheritance makes the closest
// root win, so a standard scope nested inside an elder one shows standard
// drawings. Switching the attribute restyles icons without a React render.
globalStyle(themeSelector('mode', 'standard'), {
  '@layer': {
    [components]: { vars: { [standardDisplay]: 'inline', [elderDisplay]: 'none', [elderFloor]: '0px' } },
  },
});
globalStyle(themeSelector('mode', 'elder'), {
  '@layer': {
    [components]: {
      vars: {
        [standardDisplay]: 'none',
        [elderDisplay]: 'inline',
        // ELDER-MODE.md "Glyphs": elder icons render at 28 CSS px or more. The token
        // grows with the user's text size; the px floor holds when the root font is small.
        [elderFloor]: 'max(var(--eui-icon-size, 1.75rem), 28px)',
      },
    },
  },
});

/** The `<svg>`: as large as the text around it (1em), never under the elder floor. */
export const icon = style({
  '@layer': {
    [components]: {
      display: 'inline-block',
      flexShrink: 0,
      width: `max(1em, ${fallbackVar(elderFloor, '0px')})`,
      height: `max(1em, ${fallbackVar(elderFloor, '0px')})`,
      verticalAlign: 'middle',
      // Round caps of the heavier elder strokes may reach past the grid edge.
      overflow: 'visible',
      // No forced-colors override: strokes and fills use currentColor, which follows
      // the system colour of the surrounding text or button in Windows High Contrast.
    },
  },
});

/** The standard drawing: shown unless the closest theme root is in elder mode. */
export const standard = style({
  '@layer': { [components]: { display: fallbackVar(standardDisplay, 'inline') } },
});

/** The elder drawing: shown only when the closest theme root is in elder mode. */
export const elder = style({
  '@layer': { [components]: { display: fallbackVar(elderDisplay, 'none') } },
});
