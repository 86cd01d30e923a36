/** The locales the kit ships. */
export const locales = ['en', 'zh-CN', 'zh-TW', 'id'] as const;

/** One of the shipped locales. */
export type Locale = (typeof locales)[number];
