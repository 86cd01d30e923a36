// Starts the production server of the build in .next (`next start`) on a free port, for the
// scripts that need the app running (audit.mjs, screenshots.mjs).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const app = dirname(dirname(fileURLToPath(import.meta.url)));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves with the server's address once it answers, and a function that stops it. */
export async function startServer({ quiet = false } = {}) {
  if (!existsSync(join(app, '.next', 'BUILD_ID'))) throw new Error('No production build: run `pnpm --filter pay build` first.');
  const port = await freePort();
  const server = spawn(process.execPath, [join(app, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: app,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: quiet ? 'ignore' : 'inherit',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 250) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (waited > 60_000 || server.exitCode !== null) {
      server.kill();
      throw new Error('next start did not answer within 60 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, stop: () => server.kill('SIGTERM') };
}
