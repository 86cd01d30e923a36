// Runs elder-audit over the production build: every route of the app in all eight themes,
// with the HTML (and JSON and EARL) report written to reports/pay-audit/ at the repository root.
// Needs `next build` first (`pnpm --filter pay build`) and the audit built (`pnpm build`).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, startServer } from './serve.mjs';

const root = join(app, '..', '..');
const out = join(root, 'reports', 'pay-audit');
const routes = ['/', '/send', '/bills', '/settings', '/top-up', '/family', '/help'];

const { url, stop } = await startServer({ quiet: true });
const started = Date.now();
const audit = spawn(
  process.execPath,
  // Each route in each theme: elder-audit stores the theme where the kit looks (localStorage)
  // before the page runs, so the app starts in it and its ThemeProvider keeps it after hydration.
  [join(root, 'packages', 'audit', 'dist', 'cli.js'), ...routes.map((route) => `${url}${route}`), '--themes', 'all', '--out', out, '--no-progress'],
  { cwd: root, stdio: 'inherit' },
);
const code = await new Promise((resolve) => audit.on('exit', (exitCode) => resolve(exitCode ?? 1)));
const seconds = ((Date.now() - started) / 1000).toFixed(0);
stop();

let pages = routes.length * 8;
try {
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  pages = report.totals?.pages ?? report.pages?.length ?? pages;
} catch {
  // The count of routes × themes stands.
}
console.log(`elder-audit: ${routes.length} routes × 8 themes = ${pages} pages in ${seconds} s, exit code ${code}; report in reports/pay-audit/report.html`);
process.exit(code);
