/** The cookie (and localStorage key) that keeps the display settings: the kit's default key. */
export const themeCookie = 'eui-theme';
