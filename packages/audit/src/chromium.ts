import { accessSync, constants } from 'node:fs';
import { chromium } from 'playwright-core';
import { UsageError } from './errors.ts';

/** The flags Chromium is started with: headless, and quiet on a closed network. */
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

/** Where Chromium is looked for when no flag or environment variable names it, in order. */
export const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Playwright's own Chromium, when its browser cache already holds one (`npx playwright install
 * chromium`, or a test setup that provisioned it): the path this `playwright-core` expects, if a
 * browser is there. Nothing is downloaded.
 */
function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && executable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds the Chromium to drive: the `--chromium` flag, then `EUI_CHROMIUM`, then `CHROMIUM_PATH`,
 * then the usual system paths, then Playwright's browser cache. Browsers are never downloaded.
 *
 * @param flag The `--chromium` value, if given.
 * @param env The environment to read. @default process.env
 * @throws {UsageError} When a named path is not executable, or nothing is found.
 */
export function findChromium(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  const named: [string, string | undefined][] = [
    ['--chromium', flag],
    ['EUI_CHROMIUM', env.EUI_CHROMIUM],
    ['CHROMIUM_PATH', env.CHROMIUM_PATH],
  ];
  for (const [source, path] of named) {
    if (!path) continue;
    if (executable(path)) return path;
    throw new UsageError(`Chromium not found: ${source} is ${path}, which is not an executable file.`);
  }
  const found = chromiumCandidates.find(executable) ?? playwrightChromium();
  if (found) return found;
  throw new UsageError(
    `Chromium not found (looked in ${chromiumCandidates.join(', ')} and Playwright's browser cache). Install it (Debian/Ubuntu: apt-get install chromium; or npx playwright install chromium), or give its path with --chromium <path> or EUI_CHROMIUM=<path>.`,
  );
}
