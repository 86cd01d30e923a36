'use client';
import { themeAttributes, type ContrastSetting, type Mode, type SchemeSetting, type ThemeSettings } from '@elder-ui/tokens/contract';
import { Primitive } from '@radix-ui/react-primitive';
import { createContext, useContext, useMemo, type ComponentPropsWithoutRef } from 'react';
import { useOptionalTheme } from './ThemeProvider';
import { defaults, validSettings } from './settings';
import { useTransitionFreeTheme } from './theme-change';

const ScopeContext = createContext<ThemeSettings | null>(null);

/** The theme of the nearest {@link ThemeScope}, or `null` outside any scope. */
export function useThemeScope(): ThemeSettings | null {
  return useContext(ScopeContext);
}

/** The theme attributes for an element that roots a theme. */
export function themeAttributeProps(theme: ThemeSettings) {
  return {
    [themeAttributes.mode]: theme.mode,
    [themeAttributes.scheme]: theme.scheme,
    [themeAttributes.contrast]: theme.contrast,
  };
}

/** Props of {@link ThemeScope}. */
export interface ThemeScopeProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * The subtree's mode. Undefined inherits the surrounding theme.
   * @default undefined
   */
  mode?: Mode;
  /**
   * The subtree's colour scheme. Undefined inherits the surrounding theme.
   * @default undefined
   */
  scheme?: SchemeSetting;
  /**
   * The subtree's contrast. Undefined inherits the surrounding theme.
   * @default undefined
   */
  contrast?: ContrastSetting;
  /**
   * Puts the theme attributes on the child element instead of a wrapping `<div>`.
   * @default false
   */
  asChild?: boolean;
}

/**
 * Themes a subtree, for a preview pane or a page section that must stay in one
 * mode. Portals opened inside it (dialogs, toasts) carry its theme. A change of its
 * theme never animates the kit's components. It takes no text size: that sets what 1rem
 * means, which only the page's root can, so a scope's text follows the page's text size.
 */
export function ThemeScope({ mode, scheme, contrast, asChild = false, ...props }: ThemeScopeProps) {
  const scope = useContext(ScopeContext);
  const page = useOptionalTheme();
  const outer = scope ?? page ?? defaults;
  const own = validSettings({ mode, scheme, contrast }, 'ThemeScope prop');
  const theme = useMemo<ThemeSettings>(
    () => ({
      mode: own.mode ?? outer.mode,
      scheme: own.scheme ?? outer.scheme,
      contrast: own.contrast ?? outer.contrast,
    }),
    [own.mode, own.scheme, own.contrast, outer.mode, outer.scheme, outer.contrast],
  );
  const ref = useTransitionFreeTheme(theme);
  return (
    <ScopeContext.Provider value={theme}>
      <Primitive.div {...themeAttributeProps(theme)} {...props} ref={ref} asChild={asChild} />
    </ScopeContext.Provider>
  );
}
