'use client';
export { Button, buttonTones } from './button';
export type { ButtonProps } from './button';
export { LocaleProvider, locales, messages, resolveLocale, useLocale } from './locale';
export type { Locale, LocaleProviderProps, Messages } from './locale';
export * from './forms';
export * from './money';
export { ModeSwitch } from './mode-switch';
export * from './overlays';
export * from './read-aloud';
export type { ModeSwitchProps } from './mode-switch';
export {
  Portal,
  ThemeInitScript,
  ThemeProvider,
  ThemeScope,
  createCookieStorage,
  getThemeAttributes,
  getThemeInitScript,
  localStorageAdapter,
  parseThemeCookie,
  useTheme,
  useThemeScope,
  useThemeSetters,
} from './theme';
export type {
  CookieStorageOptions,
  ParsedThemeCookie,
  PortalProps,
  ThemeContextValue,
  ThemeInitScriptOptions,
  ThemeInitScriptProps,
  ThemeProviderProps,
  ThemeScopeProps,
  ThemeSetters,
  ThemeStorage,
} from './theme';
export type {
  Contrast,
  ContrastSetting,
  DisplaySettings,
  Mode,
  ResolvedTheme,
  Scheme,
  SchemeSetting,
  TextSize,
  ThemeSettings,
} from '@elder-ui/tokens';
