import { accessSync, constants } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../packages/audit/src/chromium.ts';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium the tests drive, found as `elder-audit` finds it (`EUI_CHROMIUM`, `CHROMIUM_PATH`,
 * then Debian's `/usr/bin/chromium`), else Playwright's managed Chromium. `pnpm test` provisions one
 * first when none is there (scripts/ensure-chromium.mjs).
 */
export function chromiumPath(): string {
  try {
    return findChromium();
  } catch (error) {
    const managed = chromium.executablePath();
    if (executable(managed)) return managed;
    throw new Error(`${(error as Error).message} Or run \`node scripts/ensure-chromium.mjs\` (part of \`pnpm test\`), which installs one.`);
  }
}

/** Flags that keep a headless Chromium quiet on a machine with no network but the package registries. */
export { chromiumArgs };
