import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { BrowserConfigOptions } from 'vitest/node';
import { allThemes, themeName } from './packages/tokens/src/theme-contract.ts';
import { chromiumArgs, chromiumPath } from './test/chromium.ts';
import { screenshotViewport } from './test/screenshots/viewport.ts';
import { closeServerRenderer, renderOnServer } from './test/ssr/commands.ts';
import { workspaceConfig } from './vite.workspace.ts';

/** A fresh browser block per project: one object shared by two projects collides on the name. */
function chromium(): BrowserConfigOptions {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
    instances: [{ browser: 'chromium', viewport: { width: 1024, height: 768 } }],
    screenshotFailures: false,
    // A loaded 2-core machine can take a while to start Chromium.
    connectTimeout: 180_000,
  };
}

/**
 * The screenshot tests' browser. The page holding the test frame is as tall as the tallest capture,
 * so the frame is never scaled down to fit it (a scaled frame would be captured blurred). Baselines
 * live in test/screenshots/baselines; on a failure the actual image and the diff go to
 * reports/screenshots, which CI keeps.
 */
function screenshotChromium(): BrowserConfigOptions {
  const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
  return {
    ...chromium(),
    provider: playwright({
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
      contextOptions: { viewport: { width: 1280, height: screenshotViewport.maxHeight }, deviceScaleFactor: 1 },
    }),
    instances: [{ browser: 'chromium', viewport: { width: screenshotViewport.width, height: screenshotViewport.height } }],
    expect: {
      toMatchScreenshot: {
        // Same machine, same pixels: a baseline and a re-run differ by nothing, so any difference fails.
        comparatorName: 'pixelmatch',
        comparatorOptions: { threshold: 0.1, allowedMismatchedPixels: 0 },
        resolveScreenshotPath: ({ arg, ext }) => here(`test/screenshots/baselines/${arg}${ext}`),
        resolveDiffPath: ({ arg, ext }) => here(`reports/screenshots/${arg}${ext}`),
      },
    },
  };
}

const browserTests = [
  'packages/*/src/**/*.browser.test.{ts,tsx}',
  'examples/patterns/**/*.browser.test.{ts,tsx}',
  'test/browser/**/*.browser.test.{ts,tsx}',
];

export default defineConfig({
  ...workspaceConfig(),
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          sequence: { groupOrder: 0 },
          include: ['packages/*/src/**/*.test.{ts,tsx}', 'examples/patterns/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
          exclude: browserTests,
          setupFiles: ['test/setup/jsdom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          sequence: { groupOrder: 0 },
          include: ['test/node/**/*.test.{ts,tsx}'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          // One Chromium project at a time: on two cores, ten browsers starting at once time out.
          sequence: { groupOrder: 1 },
          include: browserTests,
          setupFiles: ['test/setup/cleanup.ts', 'test/setup/stories.ts'],
          browser: { ...chromium(), commands: { renderOnServer, closeServerRenderer } },
        },
      },
      // Every story, as a test with axe, once in each of the eight themes.
      ...allThemes.map((theme, index) => ({
        extends: true as const,
        plugins: [
          storybookTest({
            configDir: fileURLToPath(new URL('.storybook', import.meta.url)),
            initialGlobals: { ...theme },
          }),
        ],
        test: {
          name: `storybook:${themeName(theme)}`,
          sequence: { groupOrder: 2 + index },
          browser: chromium(),
        },
      })),
      // Visual regression: every story in two themes and a chosen dozen in a third, after the story tests.
      {
        extends: true,
        test: {
          name: 'screenshots',
          sequence: { groupOrder: 2 + allThemes.length },
          include: ['test/screenshots/**/*.screenshot.test.tsx'],
          setupFiles: ['test/setup/cleanup.ts', 'test/setup/stories.ts', 'test/setup/screenshots.ts'],
          browser: screenshotChromium(),
        },
      },
    ],
  },
});
