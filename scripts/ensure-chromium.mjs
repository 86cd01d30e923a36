#!/usr/bin/env node
// Makes sure the browser tests have a Chromium to drive, so `pnpm install && pnpm test` works on a
// machine that has only Node. In order:
//   1. a Chromium named by EUI_CHROMIUM / CHROMIUM_PATH, or one already installed (system or Playwright's);
//   2. Playwright's managed Chromium, downloaded where its download host can be reached;
//   3. Debian's or Ubuntu's package (`chromium`, with `fonts-noto-cjk` for the Chinese stories), when
//      running as root with apt-get;
//   4. otherwise one message naming the single command to run, and exit code 1.
// test/chromium.ts finds the browser again the same way (environment, system paths, Playwright's cache).
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function executable(path) {
  if (!path) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightChromium() {
  try {
    return require('playwright-core').chromium.executablePath();
  } catch {
    return undefined;
  }
}

function found() {
  for (const name of ['EUI_CHROMIUM', 'CHROMIUM_PATH']) {
    const path = process.env[name];
    if (!path) continue;
    if (executable(path)) return path;
    fail(`${name} is ${path}, which is not an executable file.`, `unset ${name}, or point it at a Chromium or Chrome binary`);
  }
  return [...systemPaths, playwrightChromium()].find(executable);
}

function run(command, args, options = {}) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', timeout: 15 * 60_000, ...options }).status === 0;
}

function fail(problem, fix) {
  console.error(`\nChromium for the browser tests: ${problem}\nRun this once, then \`pnpm test\` again:\n\n  ${fix}\n`);
  process.exit(1);
}

function fontsMissing() {
  return spawnSync('dpkg', ['-s', 'fonts-noto-cjk'], { stdio: 'ignore' }).status !== 0;
}

const existing = found();
if (existing) {
  // Debian's Chromium renders the zh-CN / zh-TW stories with the CJK fonts; add them when they are missing and we may.
  if (existing.startsWith('/usr/bin/') && process.getuid?.() === 0 && executable('/usr/bin/apt-get') && fontsMissing()) {
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'fonts-noto-cjk'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  console.log(`Chromium for the browser tests: ${existing}`);
  process.exit(0);
}

console.log('No Chromium found for the browser tests; trying Playwright\'s managed Chromium.');
const cli = join(dirname(require.resolve('playwright/package.json')), 'cli.js');
if (run(process.execPath, [cli, 'install', 'chromium'], { timeout: 10 * 60_000 }) && found()) {
  console.log(`Chromium for the browser tests: ${found()}`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
if (isRoot && executable('/usr/bin/apt-get')) {
  console.log("Playwright's download is not reachable here; installing the system package instead.");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const installed =
    run('apt-get', ['update', '-qq'], { env }) &&
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { env });
  const path = found();
  if (installed && path) {
    console.log(`Chromium for the browser tests: ${path}`);
    process.exit(0);
  }
}

fail(
  "none is installed, Playwright's download failed, and the system package could not be installed from here.",
  executable('/usr/bin/apt-get')
    ? 'sudo apt-get install -y chromium fonts-noto-cjk'
    : 'npx playwright install chromium   (or set EUI_CHROMIUM=/path/to/chrome)',
);
