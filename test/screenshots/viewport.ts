/**
 * The screenshot tests' viewport: a fixed width, and a height that starts here and grows to the
 * page's own (up to `maxHeight`), so every capture is the whole story at one width.
 */
export const screenshotViewport = { width: 640, height: 480, maxHeight: 8192 } as const;
