// Runs elder-audit over the production build: every route of the app in all eight themes,
// with the HTML (and JSON) report written to reports/pay-audit/ at the repository root.
// Needs `next build` first (`pnpm --filter pay build`) and the audit built (`pnpm build`).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = dirname(dirname(fileURLToPath(import.meta.url)));
const root = join(app, '..', '..');
const out = join(root, 'reports', 'pay-audit');
export const routes = ['/', '/send', '/bills', '/settings', '/top-up', '/family', '/help'];

const port = await new Promise((resolve, reject) => {
  const server = createServer();
  server.on('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});

if (!existsSync(join(app, '.next', 'BUILD_ID'))) {
  console.error('No production build: run `pnpm --filter pay build` first.');
  process.exit(2);
}
const next = spawn(process.execPath, [join(app, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
  cwd: app,
  env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  stdio: 'inherit',
});
const base = `http://127.0.0.1:${port}`;
for (let waited = 0; ; waited += 250) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    // Not up yet.
  }
  if (waited > 60_000 || next.exitCode !== null) {
    console.error('next start did not answer within 60 s');
    next.kill();
    process.exit(2);
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}

const started = Date.now();
const audit = spawn(
  process.execPath,
  [join(root, 'packages', 'audit', 'dist', 'cli.js'), ...routes.map((route) => base + route), '--themes', 'all', '--out', out, '--no-progress'],
  { cwd: root, stdio: 'inherit' },
);
const code = await new Promise((resolve) => audit.on('exit', (exitCode) => resolve(exitCode ?? 1)));
const seconds = ((Date.now() - started) / 1000).toFixed(0);
next.kill('SIGTERM');

let pages = routes.length * 8;
try {
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  pages = report.totals?.pages ?? report.pages?.length ?? pages;
} catch {
  // The count of routes × themes stands.
}
console.log(`elder-audit: ${routes.length} routes × 8 themes (${pages} pages) in ${seconds} s, exit code ${code}; report in reports/pay-audit/`);
process.exit(code);
