/**
 * The browsers an audit runs in: one Chromium launched here, or remote ones reached with
 * `--connect` (a Playwright browser server, or any CDP endpoint), each reached again if it is lost.
 */
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from './chromium.ts';
import { firstLine } from './errors.ts';

/** Thrown when a browser was lost and could not be reached again in time. */
export class BrowserLostError extends Error {
  override name = 'BrowserLostError';
}

/**
 * Whether an endpoint speaks CDP rather than Playwright's protocol: an `http(s):` URL (the
 * DevTools HTTP endpoint, such as `http://host:9222`) or a `ws(s):` URL to `/devtools/…`.
 */
export function isCdpEndpoint(endpoint: string): boolean {
  const url = new URL(endpoint);
  return url.protocol === 'http:' || url.protocol === 'https:' || url.pathname.startsWith('/devtools/');
}

/** One browser, launched or connected, that can be asked for again after it is lost. */
export interface BrowserSlot {
  /** Where it is: the `--connect` endpoint, or `local`. */
  name: string;
  /** The browser, connecting or launching (again) if it is not connected. */
  get: () => Promise<Browser>;
  /** Closes (or disconnects from) it. */
  close: () => Promise<void>;
}

/** How {@link browserSlots} reaches browsers. */
export interface BrowserSource {
  /** The Chromium to launch when there are no endpoints. */
  executablePath?: string;
  /** `--connect` endpoints; empty to launch one Chromium here. */
  endpoints: readonly string[];
  /** How long to keep trying to reach a lost browser again, in ms. */
  reconnectMs: number;
  /** Called each time a lost browser is reached again. */
  onReconnect?: (name: string) => void;
}

async function reach(source: BrowserSource, endpoint: string | undefined): Promise<Browser> {
  if (endpoint === undefined) return chromium.launch({ executablePath: source.executablePath!, args: chromiumArgs, timeout: 60_000 });
  const timeout = Math.max(5_000, Math.min(source.reconnectMs, 30_000));
  return isCdpEndpoint(endpoint) ? chromium.connectOverCDP(endpoint, { timeout }) : chromium.connect(endpoint, { timeout });
}

/**
 * One slot per endpoint (or one local Chromium). A slot whose browser disconnects reaches it again
 * on the next `get()`, retrying for up to `reconnectMs`; every lane waiting on it shares the attempt.
 *
 * @throws {Error} From the first `get()`: the browser cannot be started or reached at all.
 * @throws {BrowserLostError} From a later `get()`: a lost browser could not be reached again in time.
 */
export function browserSlots(source: BrowserSource): BrowserSlot[] {
  const endpoints: (string | undefined)[] = source.endpoints.length ? [...source.endpoints] : [undefined];
  return endpoints.map((endpoint) => {
    const name = endpoint ?? 'local';
    let current: Promise<Browser> | undefined;
    let everConnected = false;
    const get = async (): Promise<Browser> => {
      if (current) {
        const browser = await current;
        if (browser.isConnected()) return browser;
      }
      const first = !everConnected;
      current = (async () => {
        if (first) return reach(source, endpoint);
        const deadline = Date.now() + source.reconnectMs;
        let failure = '';
        for (;;) {
          try {
            const browser = await reach(source, endpoint);
            source.onReconnect?.(name);
            return browser;
          } catch (error) {
            failure = firstLine(error);
          }
          if (Date.now() >= deadline) {
            throw new BrowserLostError(
              `Lost the browser at ${name} and could not reach it again within ${Math.round(source.reconnectMs / 1000)} s (${failure}).`,
            );
          }
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      })();
      // A failed attempt is not kept: the next get() tries again.
      current.catch(() => (current = undefined));
      const browser = await current;
      everConnected = true;
      return browser;
    };
    return {
      name,
      get,
      close: async () => {
        const browser = await current?.catch(() => undefined);
        await browser?.close().catch(() => undefined);
      },
    };
  });
}
