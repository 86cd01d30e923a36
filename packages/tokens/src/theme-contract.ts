/**
 * The theme contract: every name that crosses packages (theme attributes, axis values,
 * cascade layer names, the custom-property prefix, markers read by the elder rules).
 * This module has no CSS side effects, so `@elder-ui/icons`, `@elder-ui/axe-rules`,
 * `@elder-ui/audit` and `@elder-ui/react` import it (as `@elder-ui/tokens/contract`)
 * instead of re-typing the strings. Each axis is an `as const` array, so one list feeds
 * the types, the validation of user input, the Storybook toolbar and the tests.
 */

/** Every value of the `mode` axis. */
export const modes = ['standard', 'elder'] as const;
/** Every concrete colour scheme. */
export const schemes = ['light', 'dark'] as const;
/** Every concrete contrast level. */
export const contrasts = ['standard', 'high'] as const;
/** What a user may choose for the scheme axis: a concrete scheme, or follow the system. */
export const schemeSettings = [...schemes, 'system'] as const;
/** What a user may choose for the contrast axis: a concrete level, or follow `prefers-contrast: more`. */
export const contrastSettings = [...contrasts, 'system'] as const;

/** `standard` or `elder`. */
export type Mode = (typeof modes)[number];
/** `light` or `dark`. */
export type Scheme = (typeof schemes)[number];
/** `standard` or `high`. */
export type Contrast = (typeof contrasts)[number];
/** `light`, `dark` or `system`. */
export type SchemeSetting = (typeof schemeSettings)[number];
/** `standard`, `high` or `system`. */
export type ContrastSetting = (typeof contrastSettings)[number];

/** A theme as a user chooses it: `system` allowed on scheme and contrast. */
export interface ThemeSettings {
  mode: Mode;
  scheme: SchemeSetting;
  contrast: ContrastSetting;
}

/**
 * Every step of the text-size setting, in percent of the browser's own text size, as
 * WeChat and HarmonyOS offer (ELDER-MODE.md, "Type"). It is not a theme axis: it scales
 * the root font size, so it applies to the whole page and never to a subtree.
 */
export const textSizes = [100, 115, 130, 150, 175, 200] as const;

/** `100`, `115`, `130`, `150`, `175` or `200` (percent). */
export type TextSize = (typeof textSizes)[number];

/** The text size used when nothing else is chosen: the browser's own. */
export const defaultTextSize: TextSize = 100;

/**
 * Everything a display-settings panel chooses and `ThemeProvider` keeps: the theme's
 * three axes and the text size.
 */
export interface DisplaySettings extends ThemeSettings {
  textSize: TextSize;
}

/** One of the eight concrete themes. */
export interface ResolvedTheme {
  mode: Mode;
  scheme: Scheme;
  contrast: Contrast;
}

/** The attributes, on one element, that choose a theme for everything inside it. */
export const themeAttributes = {
  mode: 'data-eui-mode',
  scheme: 'data-eui-scheme',
  contrast: 'data-eui-contrast',
} as const;

/**
 * The attribute on `<html>` that carries the text size (`data-eui-text-size="150"`). Kept apart
 * from {@link themeAttributes}, which are the three theme axes any theme root carries: the
 * text size sets what 1rem means, which only the root element can.
 */
export const textSizeAttribute = 'data-eui-text-size';

/** The attribute-value selector of a theme axis, such as `[data-eui-mode="elder"]`. */
export function themeSelector<A extends keyof typeof themeAttributes>(
  axis: A,
  value: A extends 'mode' ? Mode : A extends 'scheme' ? Scheme : Contrast,
): string {
  return `[${themeAttributes[axis]}="${value}"]`;
}

/**
 * The key under which a page keeps its chosen theme (JSON of the settings) in `localStorage`:
 * what `ThemeProvider` and `ThemeInitScript` read when no other key is given, and where a tool
 * such as elder-audit writes a theme before a page's own scripts run.
 */
export const themeStorageKey = 'eui-theme';

/** Matches every theme root: `<html>` under `ThemeProvider`, and each `ThemeScope`. */
export const themeRootSelector = `[${themeAttributes.mode}]`;

/**
 * The kit's cascade layer names, in cascade order (`@layer eui-tokens, eui-base, eui-components`).
 * Everything the kit styles sits in one of them, so an app's own unlayered CSS always wins.
 */
export const layerNames = {
  tokens: 'eui-tokens',
  base: 'eui-base',
  components: 'eui-components',
} as const;

/** The prefix of every design token's custom property: `--eui-color-fg-default`, `--eui-font-size-body`, … */
export const cssVariablePrefix = 'eui';

/** The custom property name of a token path, such as `['fontSize', 'body']` → `--eui-font-size-body`. */
export function cssVariableName(path: readonly string[]): `--${string}` {
  const kebab = (word: string) => word.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return `--${cssVariablePrefix}-${path.map(kebab).join('-')}`;
}

/**
 * Marks a control as a primary action (`data-eui-target="primary"`): the elder rules hold
 * it to the 60 px target of ELDER-MODE.md "Targets and spacing" instead of 48 px.
 */
export const targetAttribute = 'data-eui-target';

/** The value of {@link targetAttribute} for primary actions (60 px in elder mode). */
export const primaryTarget = 'primary';

/** The value of {@link targetAttribute} for list rows, which elder mode also holds to 60 px (MIIT 2.1). */
export const rowTarget = 'row';

/** The settings used when nothing else is chosen (ELDER-MODE.md, "The theme axes"). */
export const defaultThemeSettings: ThemeSettings = {
  mode: 'standard',
  scheme: 'system',
  contrast: 'system',
};

/** All eight concrete themes, standard mode first. */
export const allThemes: readonly ResolvedTheme[] = /* @__PURE__ */ modes.flatMap((mode) =>
  schemes.flatMap((scheme) => contrasts.map((contrast) => ({ mode, scheme, contrast }))),
);

/** A short stable name for a concrete theme, such as `elder-dark-high`. */
export function themeName({ mode, scheme, contrast }: ResolvedTheme): string {
  return `${mode}-${scheme}-${contrast}`;
}
