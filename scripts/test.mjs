#!/usr/bin/env node
// The second half of `pnpm test`, after the build and the Chromium check: every Vitest project
// (arguments go on to `vitest run`, so `pnpm test --project unit` still works), then the reference
// app's own tests (`pnpm test:pay`: packed kit, `next build`, end-to-end tests, elder-audit). The app
// runs only when no Vitest project was picked, and even when a Vitest test failed, so one run
// reports both; the exit code fails if either did.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const run = (command, commandArgs) => spawnSync(command, commandArgs, { stdio: 'inherit', shell: false }).status ?? 1;

const vitest = run('pnpm', ['exec', 'vitest', 'run', ...args]);
const picked = args.some((arg) => arg === '--project' || arg.startsWith('--project=') || !arg.startsWith('-'));
const pay = picked ? 0 : run('pnpm', ['test:pay']);
process.exit(vitest !== 0 ? vitest : pay);
