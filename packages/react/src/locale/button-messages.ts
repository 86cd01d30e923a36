/**
 * Button's one built-in word, in a module of its own, so a Button alone does not bring the
 * theme switcher's words into an app's bundle. The other locales' words are in core-messages.ts.
 */
export const buttonEn = { loading: 'Loading' } as const;
