/**
 * The three theme axes. Each is an `as const` array so that one list feeds the
 * types, the validation of user input, the Storybook toolbar and the tests.
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

/** The settings used when nothing else is chosen (ELDER-MODE.md, "The theme axes"). */
export const defaultThemeSettings: ThemeSettings = {
  mode: 'standard',
  scheme: 'system',
  contrast: 'system',
};

/** All eight concrete themes, standard mode first. */
export const allThemes: readonly ResolvedTheme[] = modes.flatMap((mode) =>
  schemes.flatMap((scheme) => contrasts.map((contrast) => ({ mode, scheme, contrast }))),
);

/** A short stable name for a concrete theme, such as `elder-dark-high`. */
export function themeName({ mode, scheme, contrast }: ResolvedTheme): string {
  return `${mode}-${scheme}-${contrast}`;
}
