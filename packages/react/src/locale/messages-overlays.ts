import type { Locale } from './locales';

/** Built-in strings of the overlays components. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as components arrive
export interface OverlayMessages {}

/** The overlays strings per locale. */
export const overlaysMessages: Record<Locale, OverlayMessages> = {
  en: {},
  'zh-CN': {},
  'zh-TW': {},
  id: {},
};
