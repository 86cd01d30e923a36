// @vitest-environment node
// The audit runs in Node; in jsdom, Vitest would not hand the mocked `node:fs` to chromium.ts.
import type * as Fs from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { chromiumCandidates, findChromium } from './chromium.ts';

// Which files exist, and where Playwright keeps its Chromium: the lookup is checked on a made-up
// machine, not on whatever this one has installed.
const machine = vi.hoisted(() => ({
  present: new Set<string>(),
  cache: '/home/ci/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome' as string | Error,
}));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  return {
    ...fs,
    accessSync(path: string) {
      if (!machine.present.has(path)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
  };
});

vi.mock('playwright-core', () => ({
  chromium: {
    executablePath() {
      if (machine.cache instanceof Error) throw machine.cache;
      return machine.cache;
    },
  },
}));

const cache = '/home/ci/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome';

beforeEach(() => {
  machine.present.clear();
  machine.cache = cache;
});

describe('findChromium without a flag or environment variable', () => {
  it('takes a system Chromium before Playwright’s', () => {
    machine.present.add('/usr/bin/chromium-browser').add(cache);
    expect(findChromium(undefined, {})).toBe('/usr/bin/chromium-browser');
  });

  it('finds the Chromium in Playwright’s browser cache when the system has none', () => {
    machine.present.add(cache);
    expect(findChromium(undefined, {})).toBe(cache);
  });

  it('still lets a named path win over both', () => {
    machine.present.add('/opt/chrome/chrome').add('/usr/bin/chromium').add(cache);
    expect(findChromium(undefined, { EUI_CHROMIUM: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
  });

  it('says where it looked when Playwright’s cache is empty or Playwright cannot say', () => {
    const message = new RegExp(`looked in ${chromiumCandidates.join(', ')} and Playwright's browser cache.*npx playwright install chromium`);
    expect(() => findChromium(undefined, {})).toThrow(message);
    machine.cache = new Error('Unsupported platform');
    expect(() => findChromium(undefined, {})).toThrow(message);
  });
});
