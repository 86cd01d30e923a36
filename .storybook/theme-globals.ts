import { contrasts, modes, schemes, type ResolvedTheme } from '@elder-ui/tokens';
import { locales } from '@elder-ui/react';

/**
 * The toolbar globals, named after the theme axes so that
 * `iframe.html?id=<story>&globals=mode:elder;scheme:dark;contrast:high` shows that theme.
 */
export const globalTypes = {
  mode: {
    description: 'Standard or elder mode',
    toolbar: { title: 'Mode', icon: 'accessibility' as const, items: [...modes], dynamicTitle: true },
  },
  scheme: {
    description: 'Colour scheme',
    toolbar: { title: 'Scheme', icon: 'contrast' as const, items: [...schemes], dynamicTitle: true },
  },
  contrast: {
    description: 'Contrast level',
    toolbar: { title: 'Contrast', icon: 'eye' as const, items: [...contrasts], dynamicTitle: true },
  },
  locale: {
    description: 'Language of built-in strings',
    toolbar: { title: 'Locale', icon: 'globe' as const, items: [...locales], dynamicTitle: true },
  },
};

export const initialGlobals: ResolvedTheme & { locale: string } = {
  mode: 'standard',
  scheme: 'light',
  contrast: 'standard',
  locale: 'en',
};
