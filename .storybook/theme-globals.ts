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
  compare: {
    description: 'Show the story in standard and elder mode side by side',
    toolbar: {
      title: 'Compare',
      icon: 'sidebyside' as const,
      items: [
        { value: 'off', title: 'One mode' },
        { value: 'on', title: 'Standard | Elder' },
      ],
      dynamicTitle: true,
    },
  },
};

/**
 * Compare starts off, and only the exact value `on` turns it on: the story tests run every story
 * in each theme with axe, and set their own globals.
 */
export const initialGlobals: ResolvedTheme & { locale: string; compare: 'off' | 'on' } = {
  mode: 'standard',
  scheme: 'light',
  contrast: 'standard',
  locale: 'en',
  compare: 'off',
};
