/**
 * The English words of the components that use only a few, each in an object of its own, so a
 * page that renders a Button, a Switch or a form field outside any LocaleProvider ships those
 * words and not the whole group they belong to. The group tables (core, forms, overlays) take
 * their English words from here, so each is written once; the other locales are in those tables.
 */

/** Button's one built-in word. */
export const buttonEn = { loading: 'Loading' } as const;

/** Switch's state words. */
export const switchEn = { on: 'On', off: 'Off' } as const;

/** The words every form field may show: after a required label, and before an error. */
export const fieldEn = { required: '(required)', errorPrefix: 'Error:' } as const;

/** Select's placeholder. */
export const selectEn = { selectPlaceholder: 'Choose one' } as const;

/** The close button of dialogs and sheets. */
export const closeEn = { close: 'Close' } as const;
