// Builds one CSS file per Elder UI theme from `@elder-ui/tokens/tokens.json` with Style Dictionary 5,
// with the kit's own custom-property names and values, so a product's CSS (or a native app's
// resources, with other formats) follows the same tokens the kit does.
//
//   import tokens from '@elder-ui/tokens/tokens.json' with { type: 'json' };
//   await buildThemes(tokens, 'build/css/');
//
// A test builds every theme with this file and checks each value against the kit's own CSS.
import StyleDictionary from 'style-dictionary';
import type { Config, DesignTokens, TransformedToken } from 'style-dictionary/types';

/** A font stack as CSS writes it: names with spaces in double quotes. */
const fontStack = (names: string[]) => names.map((name) => (/\s/.test(name) ? `"${name}"` : name)).join(', ');

/**
 * The token's value as the kit's CSS writes it. Targets are `max(48px, 3rem)` in CSS, so they
 * never shrink below the spec in px and still grow with the user's text size; tools that cannot
 * read `max()` get the px floor as `$value`, and the CSS keeps it under `$extensions`.
 */
function cssValue(token: TransformedToken): string {
  const css = (token.$extensions as Record<string, unknown> | undefined)?.['org.elder-ui.css'];
  if (typeof css === 'string') return css;
  if (Array.isArray(token.$value)) return fontStack(token.$value as string[]);
  return String(token.$value);
}

/** The Style Dictionary config of one theme: one CSS file of custom properties under the theme's attributes. */
export function themeConfig(tokens: DesignTokens, theme: string, buildPath = 'build/css/'): Config {
  const group = tokens[theme] as DesignTokens | undefined;
  if (!group) throw new RangeError(`No theme "${theme}" in tokens.json; it has ${Object.keys(tokens).join(', ')}.`);
  // Each theme names the attributes that choose it, such as data-eui-mode="elder".
  const attributes = (group.$extensions as Record<string, Record<string, string>>)['org.elder-ui.attributes']!;
  const selector = Object.entries(attributes)
    .map(([name, value]) => `[${name}="${value}"]`)
    .join('');
  return {
    tokens: group,
    usesDtcg: true,
    log: { verbosity: 'silent' },
    hooks: {
      transforms: { 'elder-ui/css-value': { type: 'value', transform: cssValue } },
    },
    platforms: {
      css: {
        prefix: 'eui',
        buildPath,
        transforms: ['name/kebab', 'elder-ui/css-value'],
        files: [
          {
            destination: `${theme}.css`,
            format: 'css/variables',
            options: { selector, outputReferences: false, showFileHeader: false },
          },
        ],
      },
    },
  };
}

/** Writes `<buildPath>/<theme>.css` for every theme in tokens.json, such as `elder-dark-high.css`. */
export async function buildThemes(tokens: DesignTokens, buildPath = 'build/css/'): Promise<void> {
  for (const theme of Object.keys(tokens)) {
    await new StyleDictionary(themeConfig(tokens, theme, buildPath)).buildAllPlatforms();
  }
}
