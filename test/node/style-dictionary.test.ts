import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import StyleDictionary from 'style-dictionary';
import type { DesignTokens } from 'style-dictionary/types';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { themeConfig } from '../../docs/foundations/style-dictionary.example';
import { allThemes, themeAttributes, themeName, type ResolvedTheme } from '../../packages/tokens/src/theme-contract';
import { libraryConfig } from '../../vite.lib';

// The docs' Style Dictionary example, run over tokens.json, must give back the custom properties
// the kit's own CSS sets in each theme. Both come from a fresh build of @elder-ui/tokens, made as
// `pnpm build` makes it (the package's Vite library build, then tokens.json from its dtcg module),
// into a scratch folder, so a stale dist/ can neither hide nor fake a difference.
const packageDir = new URL('../../packages/tokens', import.meta.url).pathname;
const outDir = mkdtempSync(join(tmpdir(), 'eui-tokens-'));
let kitCss = '';
let tokens: DesignTokens = {};

beforeAll(async () => {
  const config = libraryConfig({ packageDir, entry: ['src/index.ts', 'src/theme-contract.ts'] });
  await build({ ...config, configFile: false, logLevel: 'silent', build: { ...config.build, outDir, sourcemap: false } });
  kitCss = readFileSync(join(outDir, 'styles.css'), 'utf8');
  const { toDesignTokens } = (await import(/* @vite-ignore */ join(outDir, 'dtcg.js'))) as { toDesignTokens: () => DesignTokens };
  // What scripts/write-dtcg.mjs writes as dist/tokens.json, read back as a tool would read the file.
  tokens = JSON.parse(JSON.stringify(toDesignTokens(), null, 2));
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

type Declarations = Map<string, string>;

/**
 * The custom properties each selector sets outside any media query, as a CSS parser reads them
 * (jsdom's CSSOM, for both sides, so the two are compared in one serialisation).
 */
function customProperties(css: string): Map<string, Declarations> {
  const sheet = new JSDOM(`<style>${css}</style>`).window.document.styleSheets[0]!;
  const found = new Map<string, Declarations>();
  const walk = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule.constructor.name === 'CSSMediaRule') continue;
      if ('selectorText' in rule) {
        const style = (rule as CSSStyleRule).style;
        const declarations = found.get((rule as CSSStyleRule).selectorText) ?? new Map<string, string>();
        for (const name of Array.from(style)) if (name.startsWith('--')) declarations.set(name, style.getPropertyValue(name));
        found.set((rule as CSSStyleRule).selectorText, declarations);
      } else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  walk(sheet.cssRules);
  return found;
}

/** What the kit's CSS sets for one theme: the mode's rule (type, sizes) and the three-axis colour rule. */
function kitProperties(theme: ResolvedTheme): Declarations {
  const rules = customProperties(kitCss);
  const mode = `[${themeAttributes.mode}="${theme.mode}"]`;
  const colours = `${mode}[${themeAttributes.scheme}="${theme.scheme}"][${themeAttributes.contrast}="${theme.contrast}"]`;
  return new Map([...(rules.get(mode) ?? []), ...(rules.get(colours) ?? [])]);
}

async function styleDictionaryCss(theme: string): Promise<string> {
  const [file] = await new StyleDictionary(themeConfig(tokens, theme)).formatPlatform('css');
  return String(file!.output);
}

describe('the Style Dictionary example', () => {
  it('finds all eight themes in tokens.json', () => {
    expect(Object.keys(tokens)).toEqual(allThemes.map(themeName));
  });

  it.each(allThemes.map((theme) => [themeName(theme), theme] as const))(
    'gives %s the same custom properties and values as the kit CSS',
    async (name, theme) => {
      const expected = kitProperties(theme);
      const selector = Object.entries(themeAttributes)
        .map(([axis, attribute]) => `[${attribute}="${theme[axis as keyof ResolvedTheme]}"]`)
        .join('');
      const output = customProperties(await styleDictionaryCss(name)).get(selector);
      expect(output, `no rule for ${selector} in the output`).toBeDefined();
      // Every token, not a sample: font, 35 colours and every size of the mode.
      expect(expected.size).toBeGreaterThan(60);
      expect(Object.fromEntries(output!)).toEqual(Object.fromEntries(expected));
    },
  );

  it('sees a token that differs from the CSS', async () => {
    const edited = structuredClone(tokens) as Record<string, any>;
    edited['elder-light-standard'].fontSize.body.$value = '1.3125rem';
    const [file] = await new StyleDictionary(themeConfig(edited, 'elder-light-standard')).formatPlatform('css');
    const output = customProperties(String(file!.output)).get('[data-eui-mode="elder"][data-eui-scheme="light"][data-eui-contrast="standard"]')!;
    expect(output.get('--eui-font-size-body')).toBe('1.3125rem');
    expect(kitProperties({ mode: 'elder', scheme: 'light', contrast: 'standard' }).get('--eui-font-size-body')).toBe('1.25rem');
  });
});
