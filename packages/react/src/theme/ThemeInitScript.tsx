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
  /**
   * Also reads the theme from this cookie, before `localStorage`, as {@link createCookieStorage}
   * writes it under the storage key. Give the storage key.
   * @default undefined
   */
  cookieName?: string;
}

/** JSON that is also safe inside an HTML `<script>`: no `</script>`, no comment openers. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * The text of a tiny blocking script that applies the stored theme and text size to
 * `<html>` before the first paint, so a server-rendered page never flashes the wrong
 * theme or reflows from one text size to another. It validates what it reads and never throws.
 * It reads the cookie named `cookieName` first (when given), then `localStorage`. An axis with
 * nothing valid stored keeps a valid value the server already wrote on `<html>` (see
 * {@link getThemeAttributes}), else takes the default.
 *
 * Run with a CSP nonce, it also hands the nonce on as `window.__webpack_nonce__`, where the
 * scroll lock of the kit's dialogs and sheets (Radix, through react-remove-scroll and get-nonce)
 * looks for one: its `<style>` tag then passes a strict `style-src 'nonce-…'` policy instead of
 * being blocked, which would leave the page scrolling behind an open sheet.
 */
export function getThemeInitScript({
  storageKey = defaultStorageKey,
  defaults: given = {},
  cookieName,
}: ThemeInitScriptOptions = {}): string {
  const fallback = { ...defaults, ...validSettings(given, 'ThemeInitScript default') };
  const config = { key: storageKey, cookie: cookieName ?? null, attrs: settingAttributes, allowed: allowedValues, fallback };
  // A stored text size is a number and must match exactly; an attribute is text, so it is compared as text.
  return `(function(c){function j(r){try{var p=JSON.parse(r);return p&&typeof p==="object"&&!Array.isArray(p)?p:null}catch(e){return null}}var s=null;if(c.cookie){try{var k=document.cookie.split(";");for(var i=0;i<k.length;i++){var e=k[i].indexOf("=");if(e>0&&k[i].slice(0,e).trim()===c.cookie){var t=k[i].slice(e+1).trim();s=j(t);if(!s){try{s=j(decodeURIComponent(t))}catch(x){}}}}}catch(x){}}if(!s){try{var r=window.localStorage.getItem(c.key);if(r)s=j(r)}catch(x){}}s=s||{};var n=document.currentScript&&document.currentScript.nonce;if(n&&!window.__webpack_nonce__)window.__webpack_nonce__=n;var d=document.documentElement;function ok(a,h){for(var n=0;n<c.allowed[a].length;n++)if(String(c.allowed[a][n])===h)return true;return false}for(var a in c.attrs){var v=s[a],h=d.getAttribute(c.attrs[a]);d.setAttribute(c.attrs[a],c.allowed[a].indexOf(v)>=0?v:h!==null&&ok(a,h)?h:c.fallback[a])}})(${scriptJson(config)});`;
}

/** Props of {@link ThemeInitScript}. */
export interface ThemeInitScriptProps extends ThemeInitScriptOptions {
  /**
   * The Content Security Policy nonce for the inline script. The script passes it on to the
   * dialogs' scroll-lock style tag (see {@link getThemeInitScript}).
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
