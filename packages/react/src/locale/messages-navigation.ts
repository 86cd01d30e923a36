import type { Locale } from './locales';

/** Built-in strings of the navigation components. */
export interface NavigationMessages {
  /**
   * The name of the bottom navigation (`TabBar`). Screen readers add "navigation" themselves,
   * so the word is left out of the name.
   */
  tabBarLabel: string;
}

/** The English navigation strings: what a component shows outside any LocaleProvider. */
export const navigationEn: NavigationMessages = {
  tabBarLabel: 'Main',
};

/** The navigation strings per locale. */
export const navigationMessages: Record<Locale, NavigationMessages> = {
  en: navigationEn,
  'zh-CN': { tabBarLabel: '主要' },
  'zh-TW': { tabBarLabel: '主要' },
  id: { tabBarLabel: 'Utama' },
};
