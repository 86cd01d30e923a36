import { chromiumArgs, findChromium } from '../packages/audit/src/chromium.ts';

/**
 * The Chromium the tests drive, found as `elder-audit` finds it: `EUI_CHROMIUM`,
 * `CHROMIUM_PATH`, then Debian's `/usr/bin/chromium` (apt-get install chromium).
 */
export function chromiumPath(): string {
  return findChromium();
}

/** Flags that keep a headless Chromium quiet on a machine with no network but the package registries. */
export { chromiumArgs };
