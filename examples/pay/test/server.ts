import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const app = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A port no one is listening on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts the production server (`next start`) of the build in `.next`, on a free port, and
 * resolves with its address once it answers. Its output is kept: the tests read the CSP
 * violation reports from it.
 */
export async function startServer(): Promise<{ url: string; server: ChildProcess; output: () => string }> {
  if (!existsSync(join(app, '.next', 'BUILD_ID'))) {
    throw new Error('No production build in examples/pay/.next: run `pnpm --filter pay build` (or `pnpm --filter pay test`) first.');
  }
  const port = await freePort();
  const next = join(app, 'node_modules', 'next', 'dist', 'bin', 'next');
  const server = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: app,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 250) {
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode}):\n${log}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (waited > 60_000) throw new Error(`next start did not answer within 60 s:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, server, output: () => log };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    serverLogFile: string;
  }
}

export default async function setup(project: TestProject) {
  const { url, server, output } = await startServer();
  const logFile = join(app, '.next', 'e2e-server.log');
  const { writeFileSync } = await import('node:fs');
  const flush = () => writeFileSync(logFile, output());
  const timer = setInterval(flush, 200);
  project.provide('baseURL', url);
  project.provide('serverLogFile', logFile);
  return async () => {
    clearInterval(timer);
    flush();
    server.kill('SIGTERM');
  };
}
