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
const themes = ['standard', 'elder'].flatMap((mode) =>
  ['light', 'dark'].flatMap((scheme) => ['standard', 'high'].map((contrast) => `${mode}-${scheme}-${contrast}`)),
);

const { url, stop } = await startServer({ quiet: true });
const started = Date.now();
const audit = spawn(
  process.execPath,
  // Each route in each theme through a theme link (see proxy.ts), so the server renders the
  // theme and the app's ThemeProvider keeps it. With --themes all, the audit would set the
  // attributes on <html> after load, and the provider, hydrating later, would set its own back.
  [
    join(root, 'packages', 'audit', 'dist', 'cli.js'),
    ...routes.flatMap((route) => themes.map((theme) => `${url}${route}?theme=${theme}`)),
    '--themes',
    'none',
    '--out',
    out,
    '--no-progress',
  ],
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
