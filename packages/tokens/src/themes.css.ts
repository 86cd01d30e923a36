import { assignVars, globalStyle, type GlobalStyleRule } from '@vanilla-extract/css';
import { contrastSettings, modes, schemeSettings, themeAttributes, type ContrastSetting, type Mode, type SchemeSetting } from './theme-contract';
import { vars } from './contract.css';
import { layers } from './layers.css';
import { colorLevel, fontFamily, forcedColors, modeTokens, palettes } from './values';

const { mode: modeAttr, scheme: schemeAttr, contrast: contrastAttr } = themeAttributes;

const darkQuery = '(prefers-color-scheme: dark)';
const moreContrastQuery = '(prefers-contrast: more)';

function inLayer(selector: string, rule: GlobalStyleRule) {
  globalStyle(selector, { '@layer': { [layers.tokens]: rule } });
}

/** Every token that follows the mode alone: type, targets, spacing, focus, motion. */
function modeVars(mode: Mode): Record<string, string> {
  const tokens = modeTokens[mode];
  return Object.assign(
    assignVars(vars.font, { family: fontFamily }),
    ...(Object.keys(tokens) as (keyof typeof tokens)[]).map((group) => {
      const contract = vars[group];
      const value = tokens[group];
      return typeof contract === 'string' ? { [contract]: value } : assignVars(contract as never, value as never);
    }),
  ) as Record<string, string>;
}

const reducedMotion = { '(prefers-reduced-motion: reduce)': { vars: { [vars.motion.duration]: '0ms' } } };
const forcedColorsMedia = { '(forced-colors: active)': { vars: assignVars(vars.color, forcedColors) } };

// Defaults for a page that loads the CSS without any theme attributes.
inLayer(':root', {
  vars: assignVars(vars, {
    font: { family: fontFamily },
    color: palettes.light.standard,
    ...modeTokens.standard,
  }),
  '@media': { ...reducedMotion, ...forcedColorsMedia },
});

// Size, type, focus and motion follow the mode alone. Reduced motion removes motion in every mode.
for (const mode of modes) {
  inLayer(`[${modeAttr}="${mode}"]`, { vars: modeVars(mode), '@media': reducedMotion });
}

/**
 * Colours follow all three axes. Every theme root carries all three attributes,
 * so each rule below names one value of each and at most one of them matches an
 * element; `system` values are settled by media queries, later rules winning.
 */
function colorRule(mode: Mode, scheme: SchemeSetting, contrast: ContrastSetting) {
  const selector = `[${modeAttr}="${mode}"][${schemeAttr}="${scheme}"][${contrastAttr}="${contrast}"]`;
  const colors = (dark: boolean, high: boolean) =>
    assignVars(vars.color, palettes[dark ? 'dark' : 'light'][colorLevel(mode, high ? 'high' : 'standard')]);

  const dark = scheme === 'dark';
  const high = contrast === 'high';
  const media: Record<string, GlobalStyleRule> = {};
  if (scheme === 'system') media[darkQuery] = { vars: colors(true, high) };
  if (contrast === 'system') media[moreContrastQuery] = { vars: colors(dark, true) };
  if (scheme === 'system' && contrast === 'system') {
    media[`${darkQuery} and ${moreContrastQuery}`] = { vars: colors(true, true) };
  }
  // Windows High Contrast last: system colours keep borders, outlines and the focus ring visible.
  Object.assign(media, forcedColorsMedia);
  inLayer(selector, { vars: colors(dark, high), '@media': media });
}

for (const mode of modes) {
  for (const scheme of schemeSettings) {
    for (const contrast of contrastSettings) colorRule(mode, scheme, contrast);
  }
}


// Tell the browser which scheme its own controls and scrollbars should use.
inLayer(`[${schemeAttr}="light"]`, { colorScheme: 'light' });
inLayer(`[${schemeAttr}="dark"]`, { colorScheme: 'dark' });
inLayer(`[${schemeAttr}="system"]`, { colorScheme: 'light dark' });
