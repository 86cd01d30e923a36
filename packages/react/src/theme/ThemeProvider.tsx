'use client';
import type { ContrastSetting, DisplaySettings, Mode, SchemeSetting, TextSize } from '@elder-ui/tokens/contract';
import { createContext, useContext, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useIsomorphicLayoutEffect } from '../internal/use-isomorphic-layout-effect';
import { axes, defaults, settingAttributes, validSettings } from './settings';
import { defaultStorageKey, localStorageAdapter, type ThemeStorage } from './storage';
import { suppressTransitions, type TransitionReach } from './theme-change';
import { createThemeStore, type StoredSettings, type ThemeStore } from './theme-store';

/** What {@link useTheme} returns: the three theme axes, the text size, and their setters. */
export interface ThemeContextValue extends DisplaySettings {
  /**
   * Changes one or more settings (theme axes or text size). Unknown values are ignored with
   * a development warning. A setting the provider's owner controls changes only when the
   * owner passes the new value back; it is not stored (see {@link ThemeProviderProps.mode}).
   */
  setTheme(changes: Partial<DisplaySettings>): void;
  setMode(mode: Mode): void;
  setScheme(scheme: SchemeSetting): void;
  setContrast(contrast: ContrastSetting): void;
  setTextSize(textSize: TextSize): void;
}

/** What {@link useThemeSetters} returns: the functions of {@link ThemeContextValue} that change the theme. */
export type ThemeSetters = Omit<ThemeContextValue, keyof DisplaySettings>;

/** What the provider's props say, validated: read when a theme is resolved or changed. */
interface ThemeInputs {
  controlled: Partial<DisplaySettings>;
  fallback: DisplaySettings;
  onThemeChange: ((theme: DisplaySettings) => void) | undefined;
  reach: TransitionReach;
}

/**
 * What the provider puts in context: an object that keeps its identity for the provider's
 * life. It resolves the theme from the props and the store, writes it on `<html>` and tells
 * the components that read it. A change therefore re-renders those readers alone: not the
 * provider, and React does not search the tree below it for them, as it does when a context
 * value changes (about 0.3 ms per 100 Buttons on a switch).
 */
interface ThemeHandle {
  /** The theme from the client's store. */
  get(): DisplaySettings;
  /** The theme the server rendered with: used on the server and while hydrating. */
  getServer(): DisplaySettings;
  subscribe(listener: () => void): () => void;
  /** Takes the latest props, then resolves, writes and tells the readers, when anything changed. */
  update(inputs: ThemeInputs): void;
  /** Resolves again after the store changed. */
  refresh(): void;
  setters: ThemeSetters;
}

const sameTheme = (a: DisplaySettings, b: DisplaySettings) => axes.every((axis) => a[axis] === b[axis]);

function createThemeHandle(store: ThemeStore, initial: ThemeInputs): ThemeHandle {
  let inputs = initial;
  let current: DisplaySettings | null = null;
  let server: DisplaySettings | null = null;
  const listeners = new Set<() => void>();
  const resolve = (stored: StoredSettings) => resolveTheme(inputs.controlled, stored, inputs.fallback);

  const refresh = () => {
    const next = resolve(store.getSnapshot());
    // Written even when the readers already have this theme: the init script or the server
    // may have painted other attributes, and those must follow the store.
    applyTheme(document.documentElement, next, inputs.reach);
    server = null;
    if (current && sameTheme(current, next)) return;
    current = next;
    listeners.forEach((listener) => listener());
  };

  const setTheme = (changes: Partial<DisplaySettings>) => {
    const valid = validSettings(changes, 'setTheme');
    if (Object.keys(valid).length === 0) return;
    const before = handle.get();
    // Only the uncontrolled axes are stored: a controlled one is the owner's to accept and keep.
    const own = { ...valid };
    for (const axis of axes) if (inputs.controlled[axis] !== undefined) delete own[axis];
    if (Object.keys(own).length > 0) store.set(own);
    inputs.onThemeChange?.({ ...before, ...valid });
  };

  const handle: ThemeHandle = {
    get: () => (current ??= resolve(store.getSnapshot())),
    getServer: () => (server ??= resolve(store.getServerSnapshot())),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(next) {
      inputs = next;
      refresh();
    },
    refresh,
    setters: {
      setTheme,
      setMode: (mode) => setTheme({ mode }),
      setScheme: (scheme) => setTheme({ scheme }),
      setContrast: (contrast) => setTheme({ contrast }),
      setTextSize: (textSize) => setTheme({ textSize }),
    },
  };
  return handle;
}

const ThemeContext = createContext<ThemeHandle | null>(null);

/** Props of {@link ThemeProvider}. */
export interface ThemeProviderProps {
  /**
   * The mode, controlled. Leave undefined to let the provider keep it (uncontrolled).
   *
   * A controlled axis belongs to its owner: a change asked for through `setTheme` only
   * calls `onThemeChange`, and the provider stores nothing for that axis, so a value
   * the owner refuses is never painted by {@link ThemeInitScript} on the next visit.
   * The owner persists what it accepts (in its own store, or under the same key for
   * the init script). Another tab's change does not move a controlled axis either.
   * @default undefined
   */
  mode?: Mode;
  /**
   * The colour scheme, controlled as `mode` is. `system` follows `prefers-color-scheme`.
   * @default undefined
   */
  scheme?: SchemeSetting;
  /**
   * The contrast, controlled as `mode` is. `system` follows `prefers-contrast: more`.
   * @default undefined
   */
  contrast?: ContrastSetting;
  /**
   * The text size in percent of the browser's own (100, 115, 130, 150, 175 or 200),
   * controlled as `mode` is. It sets the root font size, so every rem of the page scales,
   * on top of elder mode and of the browser's own text setting (WCAG 1.4.4). It belongs to
   * the page: a {@link ThemeScope} cannot change it.
   * @default undefined
   */
  textSize?: TextSize;
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
   * The text size used until the user chooses one.
   * @default 100
   */
  defaultTextSize?: TextSize;
  /**
   * Called with all the new settings (the three axes and the text size) whenever the user
   * changes one, controlled or not.
   * @default undefined
   */
  onThemeChange?: (theme: DisplaySettings) => void;
  /**
   * Where the choice of the uncontrolled axes (text size included) persists; controlled axes are never
   * written. `null` keeps nothing; pass your own adapter for cookies or a user
   * profile. Read once, when the provider mounts: give it a key
   * (`<ThemeProvider key={…}>`) to switch storage later.
   * @default localStorageAdapter
   */
  storage?: ThemeStorage | null;
  /**
   * The storage key. Give the same key to {@link ThemeInitScript}. Read once, when the provider mounts.
   * @default 'eui-theme'
   */
  storageKey?: string;
  /**
   * The settings the server rendered the page with, such as those read from the request's
   * theme cookie with {@link parseThemeCookie}. The provider renders with them on the server
   * and while hydrating, so the first HTML (a `MarketingSlot` left out in elder mode, the
   * `ModeSwitch` showing the right choice) matches the attributes the server wrote with
   * {@link getThemeAttributes}, and nothing changes or warns when React takes over. Read once,
   * when the provider mounts.
   * @default undefined (the defaults, until the client reads its storage)
   */
  serverSettings?: Partial<DisplaySettings>;
  /**
   * Which transitions a theme change stills, for the one frame that paints it. `kit`: the
   * kit's components never animate a change. `page`: no element does, your own CSS
   * transitions included, as next-themes' `disableTransitionOnChange`; it gives every element
   * of the page a transition value for that frame, which on a page of 1000 Buttons costs about
   * 2 ms more style work per switch. Choose `page` when your own CSS transitions a colour or
   * size that the theme changes; or, for a few elements, still them in your own CSS under
   * `[data-eui-theme-changing]`, which `<html>` carries for that frame either way.
   * @default 'kit'
   */
  disableTransitionsOnChange?: 'kit' | 'page';
  children?: ReactNode;
}

function resolveTheme(
  controlled: Partial<DisplaySettings>,
  stored: StoredSettings,
  fallback: DisplaySettings,
): DisplaySettings {
  return {
    mode: controlled.mode ?? stored.mode ?? fallback.mode,
    scheme: controlled.scheme ?? stored.scheme ?? fallback.scheme,
    contrast: controlled.contrast ?? stored.contrast ?? fallback.contrast,
    textSize: controlled.textSize ?? stored.textSize ?? fallback.textSize,
  };
}

/** Writes the settings that differ, with transitions off for the frame that paints them. */
function applyTheme(element: HTMLElement, theme: DisplaySettings, reach: TransitionReach) {
  const changed = axes.filter((axis) => element.getAttribute(settingAttributes[axis]) !== String(theme[axis]));
  if (changed.length === 0) return;
  suppressTransitions(element, reach);
  for (const axis of changed) element.setAttribute(settingAttributes[axis], String(theme[axis]));
}

/**
 * Chooses the theme and the text size of the whole page: it sets the three theme
 * attributes (mode, scheme, contrast) and the text-size attribute on `<html>` and nothing
 * else, so switching restyles through CSS custom properties and the root font size without
 * re-rendering the components below. A switch never animates: transitions are off for the
 * frame that paints it (the kit's, or every one: see `disableTransitionsOnChange`). The choice
 * of each uncontrolled setting persists and follows other tabs; a controlled one shows its
 * prop and leaves persisting to its owner.
 */
export function ThemeProvider({
  mode,
  scheme,
  contrast,
  textSize,
  defaultMode,
  defaultScheme,
  defaultContrast,
  defaultTextSize,
  onThemeChange,
  storage = localStorageAdapter,
  storageKey = defaultStorageKey,
  serverSettings,
  disableTransitionsOnChange = 'kit',
  children,
}: ThemeProviderProps) {
  // Not `useControllableState`: the uncontrolled value lives in storage, shared with the
  // init script and other tabs, and one change may move several axes at once with one
  // `onThemeChange` call; the hook keeps one value in React state.
  const [store] = useState(() =>
    createThemeStore(storage, storageKey, serverSettings && validSettings(serverSettings, 'ThemeProvider serverSettings')),
  );

  const controlled = validSettings({ mode, scheme, contrast, textSize }, 'ThemeProvider prop');
  const chosenDefaults = validSettings(
    { mode: defaultMode, scheme: defaultScheme, contrast: defaultContrast, textSize: defaultTextSize },
    'ThemeProvider default',
  );
  const inputs: ThemeInputs = {
    controlled,
    fallback: { ...defaults, ...chosenDefaults },
    onThemeChange,
    reach: disableTransitionsOnChange,
  };
  const [handle] = useState(() => createThemeHandle(store, inputs));

  // After every render, so the setters always read the latest props. The theme is written on
  // `<html>` from the client's own store even while hydrating, when the readers still show the
  // server's: the init script already painted the stored theme, and writing the server's
  // defaults over it would flash the wrong one.
  useIsomorphicLayoutEffect(() => handle.update(inputs));
  // The store tells the handle, not the provider: a change from `setTheme` or another tab
  // re-renders the readers and nothing else.
  useIsomorphicLayoutEffect(() => store.subscribe(handle.refresh), [store, handle]);

  return <ThemeContext.Provider value={handle}>{children}</ThemeContext.Provider>;
}

const noProvider = () => null;
const noSubscription = () => () => {};

/** Reads the handle's theme and keeps the returned object's identity until a setting changes. */
function useThemeValue(handle: ThemeHandle | null): ThemeContextValue | null {
  const theme = useSyncExternalStore(handle?.subscribe ?? noSubscription, handle?.get ?? noProvider, handle?.getServer ?? noProvider);
  return useMemo(() => (handle && theme ? { ...theme, ...handle.setters } : null), [handle, theme]);
}

/** The nearest provider's handle; `hook` names the caller in the error when there is none. */
function useRequiredHandle(hook: string): ThemeHandle {
  const handle = useContext(ThemeContext);
  if (!handle) throw new Error(`${hook}() needs a <ThemeProvider> above it. Wrap your app in <ThemeProvider>.`);
  return handle;
}

/**
 * The page's theme and the functions that change it. The component re-renders when a
 * setting changes; the functions keep their identity.
 * @throws when called outside a {@link ThemeProvider}.
 */
export function useTheme(): ThemeContextValue {
  // Never null: the handle is there, so the value is.
  return useThemeValue(useRequiredHandle('useTheme'))!;
}

/**
 * The functions that change the page's theme, without the theme itself: for a component that
 * only changes it (a "Larger text" action, a settings screen's save), which then does not
 * re-render when the theme changes. The object and its functions keep their identity for the
 * provider's life. A control that shows the current setting calls {@link useTheme} instead.
 * @throws when called outside a {@link ThemeProvider}.
 */
export function useThemeSetters(): ThemeSetters {
  return useRequiredHandle('useThemeSetters').setters;
}

/** The theme of the nearest provider, or null. For components that also work without one. */
export function useOptionalTheme(): ThemeContextValue | null {
  return useThemeValue(useContext(ThemeContext));
}
