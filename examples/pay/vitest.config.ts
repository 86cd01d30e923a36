import { defineConfig } from 'vitest/config';

// The end-to-end tests: Node drives the system Chromium with Playwright against the production
// build (`next build` first; test/server.ts starts `next start` on a free port).
export default defineConfig({
  test: {
    name: 'pay',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/server.ts'],
    // One Chromium page at a time on a 2-core machine: the files run one after another.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
