import { fileURLToPath } from 'node:url';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Workspace packages resolve to their sources, so tests and Storybook need no build first. */
export const sourceAliases = {
  '@elder-ui/tokens/contract': here('packages/tokens/src/theme-contract.ts'),
  '@elder-ui/tokens': here('packages/tokens/src/index.ts'),
  '@elder-ui/react/server': here('packages/react/src/server.ts'),
  '@elder-ui/react': here('packages/react/src/index.ts'),
  '@elder-ui/icons': here('packages/icons/src/index.ts'),
  '@elder-ui/axe-rules': here('packages/axe-rules/src/index.ts'),
};

/** Dependencies pre-bundled up front, or a cold test run fails with "Vite unexpectedly reloaded a test". */
export const optimizeDeps = {
  include: [
    '@vanilla-extract/recipes/createRuntimeFn',
    'axe-core',
    'react',
    'react-dom',
    'react-dom/client',
    'react-dom/server',
    'react/jsx-runtime',
    'react/jsx-dev-runtime',
    '@radix-ui/react-slot',
    '@radix-ui/react-dialog',
    '@radix-ui/react-alert-dialog',
    '@radix-ui/react-tabs',
    '@radix-ui/react-accordion',
    '@radix-ui/react-progress',
    '@radix-ui/react-toast',
    '@radix-ui/react-primitive',
    '@radix-ui/react-use-controllable-state',
    'clsx',
    '@internationalized/date',
    '@testing-library/react',
    '@testing-library/user-event',
    'colorjs.io',
  ],
};

/**
 * The Vite settings shared by the tests and Storybook: React, vanilla-extract
 * (without it, styles are silently missing and size checks pass on unstyled
 * elements), source aliases, and pre-bundled dependencies that would otherwise
 * make Vite reload in the middle of a cold test run.
 */
export function workspaceConfig(): UserConfig {
  return {
    plugins: [react(), vanillaExtractPlugin()],
    resolve: { alias: sourceAliases },
    optimizeDeps,
  };
}
