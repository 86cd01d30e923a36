import { themeStorageKey } from '@elder-ui/tokens/contract';
import { warnOnce } from '../internal/dev';

/**
 * Where the chosen theme is kept between visits. The default keeps it in
 * `localStorage` and follows changes made in other tabs.
 */
export interface ThemeStorage {
  /** Returns the stored text, or `null` when there is none. */
  get(key: string): string | null;
  /** Stores the text. May fail; the theme still changes for this page. */
  set(key: string, value: string): void;
  /** Calls back with the new text when it changes elsewhere (another tab). Returns an unsubscribe. */
  subscribe?(key: string, onChange: (value: string | null) => void): () => void;
}

/** The storage key used when none is given. */
export const defaultStorageKey = themeStorageKey;

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * `localStorage`, made safe: a browser that throws (private mode, a full
 * quota, storage disabled) or a server without `window` never breaks the theme.
 */
export const localStorageAdapter: ThemeStorage = {
  get(key) {
    if (typeof window === 'undefined') return null;
    try {
      return window.localStorage.getItem(key);
    } catch (error) {
      if (process.env.NODE_ENV !== 'production') warnOnce('storage:get', `Could not read the stored theme (${describe(error)}); using defaults.`);
      return null;
    }
  },
  set(key, value) {
    if (typeof window === 'undefined') return;
    try {
      window.localStorage.setItem(key, value);
    } catch (error) {
      if (process.env.NODE_ENV !== 'production') warnOnce('storage:set', `Could not store the theme (${describe(error)}); it applies to this page only.`);
    }
  },
  subscribe(key, onChange) {
    if (typeof window === 'undefined') return () => {};
    const onStorage = (event: StorageEvent) => {
      // A null key means the other tab cleared all of storage.
      if (event.key === key || event.key === null) onChange(event.key === null ? null : event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  },
};
