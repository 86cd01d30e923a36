import type { StorybookConfig } from '@storybook/react-vite';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { mergeConfig } from 'vite';
import { optimizeDeps, sourceAliases } from '../vite.workspace.ts';

const config: StorybookConfig = {
  stories: ['../docs/**/*.mdx', '../packages/*/src/**/*.stories.@(ts|tsx)', '../examples/patterns/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  async viteFinal(viteConfig, { configType }) {
    // The Vitest projects add vanilla-extract themselves (vitest.config.ts); the Storybook app needs it here.
    const isVitest = Boolean(process.env.VITEST);
    return mergeConfig(viteConfig, {
      plugins: isVitest ? [] : [vanillaExtractPlugin()],
      resolve: { alias: sourceAliases },
      optimizeDeps,
      build: configType === 'PRODUCTION' ? { chunkSizeWarningLimit: 2000 } : {},
    });
  },
};

export default config;
