import { existsSync } from 'node:fs';

/**
 * The Chromium the tests drive. Set `EUI_CHROMIUM` to use another build;
 * otherwise Debian's `/usr/bin/chromium` (apt-get install chromium).
 */
export function chromiumPath(): string {
  const fromEnv = process.env.EUI_CHROMIUM;
  const candidates = [fromEnv, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path!));
  if (!found) {
    throw new Error(
      `No Chromium found${fromEnv ? ` at EUI_CHROMIUM=${fromEnv}` : ''}. Install it (apt-get install chromium) or set EUI_CHROMIUM to its path.`,
    );
  }
  return found;
}

/** Flags that keep a headless Chromium quiet on a machine with no network but the package registries. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
