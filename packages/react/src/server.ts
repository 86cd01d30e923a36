// Server-safe entry: no 'use client', so a server component or a route handler
// can call these functions directly (a client module's exports are references there).
export { ThemeInitScript, getThemeInitScript } from './theme/ThemeInitScript';
export type { ThemeInitScriptOptions, ThemeInitScriptProps } from './theme/ThemeInitScript';
export { getThemeAttributes, parseThemeCookie } from './theme/cookie';
export type { ParsedThemeCookie } from './theme/cookie';
export { amountInWordsCurrencies, formatAmountInWords } from './money';
export type { AmountInWordsCurrency, FormatAmountInWordsOptions } from './money';
