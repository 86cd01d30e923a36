'use client';
import {
  themeAttributes,
  type ContrastSetting,
  type Mode,
  type SchemeSetting,
  type ThemeSettings,
} from '@elder-ui/tokens';
import { createContext, useCallback, useContext, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useIsomorphicLayoutEffect } from '../internal/use-isomorphic-layout-effect';
import { axes, defaults, validSettings } from './settings';
import { defaultStorageKey, localStorageAdapter, type ThemeStorage } from './storage';
import { createThemeStore, type StoredSettings } from './theme-store';

/** What {@link useTheme} returns. */
export interface ThemeContextValue extends ThemeSettings {
  /** Changes one or more axes. Unknown values are ignored with a development warning. */
  setTheme(changes: Partial<ThemeSettings>): void;
  setMode(mode: Mode): void;
  setScheme(scheme: SchemeSetting): void;
  setContrast(contrast: ContrastSetting): void;
}

const ThemeContext = createContext<ThemeContextValue | null>(null);

/** Props of {@link ThemeProvider}. */
export interface ThemeProviderProps {
  /**
   * The mode, controlled. Leave undefined to let the provider keep it (uncontrolled).
   * @default undefined
   */
  mode?: Mode;
  /**
   * The colour scheme, controlled. `system` follows `prefers-color-scheme`.
   * @default undefined
   */
  scheme?: SchemeSetting;
  /**
   * The contrast, controlled. `system` follows `prefers-contrast: more`.
   * @default undefined
   */
  contrast?: ContrastSetting;
  /**
   * The mode used until the user chooses one.
   * @default 'standard'
   */
  defaultMode?: Mode;
  /**
   * The colour scheme used until the user chooses one.
   * @default 'system'
   */
  defaultScheme?: SchemeSetting;
  /**
   * The contrast used until the user chooses one.
   * @default 'system'
   */
  defaultContrast?: ContrastSetting;
  /**
   * Called with the whole new theme whenever the user changes an axis.
   * @default undefined
   */
  onThemeChange?: (theme: ThemeSettings) => void;
  /**
   * Where the choice persists. `null` keeps nothing; pass your own adapter for
   * cookies or a user profile. Read once, when the provider mounts: give it a key
   * (`<ThemeProvider key={…}>`) to switch storage later.
   * @default localStorageAdapter
   */
  storage?: ThemeStorage | null;
  /**
   * The storage key. Give the same key to {@link ThemeInitScript}. Read once, when the provider mounts.
   * @default 'eui-theme'
   */
  storageKey?: string;
  children?: ReactNode;
}

function resolveTheme(
  controlled: Partial<ThemeSettings>,
  stored: StoredSettings,
  fallback: ThemeSettings,
): ThemeSettings {
  return {
    mode: controlled.mode ?? stored.mode ?? fallback.mode,
    scheme: controlled.scheme ?? stored.scheme ?? fallback.scheme,
    contrast: controlled.contrast ?? stored.contrast ?? fallback.contrast,
  };
}

function applyTheme(element: HTMLElement, theme: ThemeSettings) {
  for (const axis of axes) {
    if (element.getAttribute(themeAttributes[axis]) !== theme[axis]) {
      element.setAttribute(themeAttributes[axis], theme[axis]);
    }
  }
}

/**
 * Chooses the theme of the whole page: it sets `data-eui-mode`,
 * `data-eui-scheme` and `data-eui-contrast` on `<html>` and nothing else, so
 * switching restyles through CSS custom properties without re-rendering the
 * components below. The choice persists and follows other tabs.
 */
export function ThemeProvider({
  mode,
  scheme,
  contrast,
  defaultMode,
  defaultScheme,
  defaultContrast,
  onThemeChange,
  storage = localStorageAdapter,
  storageKey = defaultStorageKey,
  children,
}: ThemeProviderProps) {
  const [store] = useState(() => createThemeStore(storage, storageKey));
  const stored = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);

  const resolve = (from: StoredSettings) =>
    resolveTheme(
      validSettings({ mode, scheme, contrast }, 'ThemeProvider prop'),
      from,
      { ...defaults, ...validSettings({ mode: defaultMode, scheme: defaultScheme, contrast: defaultContrast }, 'ThemeProvider default') },
    );
  const theme = resolve(stored);

  // Applied from the client's own store even while hydrating, when `stored` is still
  // the server's empty snapshot: the init script already set these attributes, and
  // writing the server's defaults over them would flash the wrong theme.
  useIsomorphicLayoutEffect(() => {
    applyTheme(document.documentElement, resolve(store.getSnapshot()));
  }, [mode, scheme, contrast, defaultMode, defaultScheme, defaultContrast, stored, store]);

  // The latest theme and callback, read when the user changes something, so the
  // setters keep one identity and consumers do not re-render for a new function.
  const latest = useRef({ theme, onThemeChange });
  useIsomorphicLayoutEffect(() => {
    latest.current = { theme, onThemeChange };
  });

  const setTheme = useCallback(
    (changes: Partial<ThemeSettings>) => {
      const valid = validSettings(changes, 'setTheme');
      if (Object.keys(valid).length === 0) return;
      store.set(valid);
      latest.current.onThemeChange?.({ ...latest.current.theme, ...valid });
    },
    [store],
  );

  const { mode: currentMode, scheme: currentScheme, contrast: currentContrast } = theme;
  const value = useMemo<ThemeContextValue>(
    () => ({
      mode: currentMode,
      scheme: currentScheme,
      contrast: currentContrast,
      setTheme,
      setMode: (next) => setTheme({ mode: next }),
      setScheme: (next) => setTheme({ scheme: next }),
      setContrast: (next) => setTheme({ contrast: next }),
    }),
    [currentMode, currentScheme, currentContrast, setTheme],
  );

  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

/**
 * The page's theme and the functions that change it.
 * @throws when called outside a {@link ThemeProvider}.
 */
export function useTheme(): ThemeContextValue {
  const value = useContext(ThemeContext);
  if (!value) {
    throw new Error('useTheme() needs a <ThemeProvider> above it. Wrap your app in <ThemeProvider>.');
  }
  return value;
}

/** The theme of the nearest provider, or null. For components that also work without one. */
export function useOptionalTheme(): ThemeContextValue | null {
  return useContext(ThemeContext);
}
