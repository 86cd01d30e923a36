import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { firstLine } from './errors.ts';

/** The window every page is audited in, and put back to after the narrow reflow check. */
export const desktopViewport = { width: 1280, height: 800 };

/** Browser tabs for one worker. */
export interface Tabs {
  /**
   * Opens a tab.
   * @throws {Error} When three tries fail.
   */
  open: () => Promise<Page>;
  /** Closes every tab. */
  close: () => Promise<void>;
}

/** What every context of an audit carries: a login (`--storage-state`) and headers (`--header`). */
export type SessionOptions = Pick<BrowserContextOptions, 'storageState' | 'extraHTTPHeaders'>;

/** The options of every browser context an audit opens. */
export function contextOptions(session: SessionOptions = {}): BrowserContextOptions {
  return { viewport: desktopViewport, deviceScaleFactor: 1, bypassCSP: true, ...session };
}

/**
 * Tabs from one browser context, so they share the HTTP and code caches. A context (or its
 * renderer) that cannot open tabs any more is replaced.
 */
export async function openTabs(browser: Browser, session: SessionOptions = {}): Promise<Tabs> {
  const newContext = () => browser.newContext(contextOptions(session));
  let context = await newContext();
  return {
    async open() {
      let failure = '';
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          return await context.newPage();
        } catch (error) {
          failure = firstLine(error);
          await context.close().catch(() => undefined);
          context = await newContext();
        }
      }
      throw new Error(`Could not open a browser tab: ${failure}`);
    },
    close: () => context.close(),
  };
}
