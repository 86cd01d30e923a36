import type { DisplaySettings } from '@elder-ui/tokens/contract';
import { allowedValues, defaults, settingAttributes, validSettings } from './settings';
import { defaultStorageKey } from './storage';

/** Options of {@link getThemeInitScript}. */
export interface ThemeInitScriptOptions {
  /**
   * The storage key, the same as the provider's.
   * @default 'eui-theme'
   */
  storageKey?: string;
  /**
   * The theme and text size used when nothing valid is stored, the same as the provider's defaults.
   * @default { mode: 'standard', scheme: 'system', contrast: 'system', textSize: 100 }
   */
  defaults?: Partial<DisplaySettings>;
}

/** JSON that is also safe inside an HTML `<script>`: no `</script>`, no comment openers. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * The text of a tiny blocking script that applies the stored theme and text size to
 * `<html>` before the first paint, so a server-rendered page never flashes the wrong
 * theme or reflows from one text size to another. It validates what it reads and never throws.
 */
export function getThemeInitScript({ storageKey = defaultStorageKey, defaults: given = {} }: ThemeInitScriptOptions = {}): string {
  const fallback = { ...defaults, ...validSettings(given, 'ThemeInitScript default') };
  const config = { key: storageKey, attrs: settingAttributes, allowed: allowedValues, fallback };
  return `(function(c){var s={};try{var r=window.localStorage.getItem(c.key);if(r){var p=JSON.parse(r);if(p&&typeof p==="object")s=p}}catch(e){}var d=document.documentElement;for(var a in c.attrs){var v=s[a];d.setAttribute(c.attrs[a],c.allowed[a].indexOf(v)>=0?v:c.fallback[a])}})(${scriptJson(config)});`;
}

/** Props of {@link ThemeInitScript}. */
export interface ThemeInitScriptProps extends ThemeInitScriptOptions {
  /**
   * The Content Security Policy nonce for the inline script.
   * @default undefined
   */
  nonce?: string;
}

/**
 * Renders {@link getThemeInitScript} as an inline `<script>`. Put it in the
 * document `<head>` (in Next.js, the root layout), before any content.
 */
export function ThemeInitScript({ nonce, ...options }: ThemeInitScriptProps) {
  // The one inline script of the kit: it must run before React to avoid a flash.
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: getThemeInitScript(options) }} />;
}
