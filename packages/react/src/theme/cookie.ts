import type { DisplaySettings } from '@elder-ui/tokens/contract';
import { warnOnce } from '../internal/dev';
import { defaults, settingAttributes, validSettings } from './settings';
import { localStorageAdapter, type ThemeStorage } from './storage';

/** Options of {@link createCookieStorage}. */
export interface CookieStorageOptions {
  /**
   * How long the cookie lasts, in seconds. Browsers cap it at 400 days.
   * @default 34560000 (400 days)
   */
  maxAge?: number;
  /**
   * The cookie's path: `/` lets every page's server read it.
   * @default '/'
   */
  path?: string;
  /**
   * The cookie's `SameSite`.
   * @default 'lax'
   */
  sameSite?: 'lax' | 'strict';
  /**
   * Marks the cookie `Secure` (sent over HTTPS only).
   * @default true on an https: page, false otherwise
   */
  secure?: boolean;
  /**
   * A second store written with the cookie and read when there is no cookie; its
   * `subscribe` brings other tabs' changes. `null` keeps the cookie alone (no cross-tab sync).
   * @default localStorageAdapter
   */
  mirror?: ThemeStorage | null;
}

const fourHundredDays = 400 * 24 * 60 * 60;

function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    const raw = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      // A value another script wrote without encoding: hand it over as it is; parsing decides.
      return raw;
    }
  }
  return null;
}

/**
 * A {@link ThemeStorage} that keeps the theme in a cookie, so the server reads it with the
 * request and renders the right theme attributes in the first byte (see
 * {@link getThemeAttributes}), and in `localStorage` as well, which tells other tabs.
 * Pass the same name as `cookieName` to {@link ThemeInitScript}. It never throws: a blocked
 * cookie or storage leaves the theme changed for this page only.
 *
 * @example
 * const storage = createCookieStorage();
 * <ThemeProvider storage={storage} serverSettings={settingsFromTheRequestCookie}>…</ThemeProvider>
 */
export function createCookieStorage({
  maxAge = fourHundredDays,
  path = '/',
  sameSite = 'lax',
  secure,
  mirror = localStorageAdapter,
}: CookieStorageOptions = {}): ThemeStorage {
  return {
    get(key) {
      return readCookie(key) ?? mirror?.get(key) ?? null;
    },
    set(key, value) {
      mirror?.set(key, value);
      if (typeof document === 'undefined') return;
      const https = secure ?? (typeof location !== 'undefined' && location.protocol === 'https:');
      try {
        document.cookie = `${key}=${encodeURIComponent(value)}; Path=${path}; Max-Age=${maxAge}; SameSite=${sameSite === 'strict' ? 'Strict' : 'Lax'}${https ? '; Secure' : ''}`;
      } catch (error) {
        if (process.env.NODE_ENV !== 'production')
          warnOnce('storage:cookie', `Could not store the theme in a cookie (${String(error)}); the server renders the defaults.`);
      }
    },
    subscribe: mirror?.subscribe ? (key, onChange) => mirror.subscribe!(key, onChange) : undefined,
  };
}

/** What {@link parseThemeCookie} found. */
export interface ParsedThemeCookie {
  /** The valid settings in the cookie; axes missing or invalid are absent. */
  settings: Partial<DisplaySettings>;
  /**
   * `empty` with no cookie, `valid` when every value was read, `corrupt` when the cookie
   * could not be read or held a value that is not allowed (those axes fall back to defaults).
   */
  status: 'empty' | 'valid' | 'corrupt';
}

/**
 * Reads a theme cookie as {@link createCookieStorage} writes it (JSON, URL-encoded or not),
 * on the server or anywhere else. It never throws: a corrupt cookie gives `status: 'corrupt'`
 * and the settings that could still be read, so a page can say so in words and carry on.
 */
export function parseThemeCookie(value: string | null | undefined): ParsedThemeCookie {
  if (value === null || value === undefined || value === '') return { settings: {}, status: 'empty' };
  for (const text of [value, safeDecode(value)]) {
    if (text === null) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) break;
    const given = parsed as Record<string, unknown>;
    const settings = validSettings(given, 'theme cookie');
    const known = Object.keys(settingAttributes).filter((axis) => given[axis] !== undefined);
    return { settings, status: known.length === Object.keys(settings).length ? 'valid' : 'corrupt' };
  }
  return { settings: {}, status: 'corrupt' };
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * The theme and text-size attributes for `<html>`, with every setting filled in from the
 * defaults, for a server to render in the first byte:
 * `<html {...getThemeAttributes(parseThemeCookie(cookie).settings)}>`. Unknown values are
 * dropped with a development warning.
 */
export function getThemeAttributes(
  settings: Partial<DisplaySettings> = {},
  fallback: Partial<DisplaySettings> = {},
): Record<string, string> {
  const theme = {
    ...defaults,
    ...validSettings(fallback, 'getThemeAttributes default'),
    ...validSettings(settings, 'getThemeAttributes'),
  };
  return Object.fromEntries(
    (Object.keys(settingAttributes) as (keyof DisplaySettings)[]).map((axis) => [settingAttributes[axis], String(theme[axis])]),
  );
}
