import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import { createServer, type ViteDevServer } from 'vite';
import type { BrowserCommand } from 'vitest/node';
import { sourceAliases } from '../../vite.workspace.ts';

let server: Promise<ViteDevServer> | undefined;

/** A Vite server of its own for Node rendering: the browser project's server resolves for the browser. */
function ssrServer(): Promise<ViteDevServer> {
  server ??= createServer({
    configFile: false,
    root: new URL('../..', import.meta.url).pathname,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [vanillaExtractPlugin()],
    resolve: { alias: sourceAliases },
  });
  return server;
}

/**
 * A browser-test command that renders `test/ssr/app.tsx` in the Node process
 * (no DOM globals there), with the same vanilla-extract pipeline as the tests.
 */
export const renderOnServer: BrowserCommand<[]> = async () => {
  const vite = await ssrServer();
  const module = (await vite.ssrLoadModule('/test/ssr/app.tsx')) as { renderApp(): string };
  return module.renderApp();
};

/** Closes the Node rendering server, so the test run can exit. */
export const closeServerRenderer: BrowserCommand<[]> = async () => {
  const running = server;
  server = undefined;
  await (await running)?.close();
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    renderOnServer(): Promise<string>;
    closeServerRenderer(): Promise<void>;
  }
}
