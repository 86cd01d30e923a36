// `pnpm bench`: the cost of Elder UI against the kits users would pick instead, side by side.
// Bundle cost (esbuild), mount time, theme switch times and default Button size, in headless Chromium.
// Settings: BENCH_RUNS (7), BENCH_BUTTONS (1000), BENCH_FORMS (200), BENCH_KITS (comma list),
// BENCH_IDLE_THRESHOLD (0.5: CPU use, 0–1), BENCH_IDLE_MAX_MS (1000), EUI_CHROMIUM (else the system's Chromium, else Playwright's),
// BENCH_WRITE (1; 0 prints the tables and writes no file, for a quick check).
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCost, buildPage, gzipBytes } from './lib/build.mjs';
import { kits as allKits, referenceKitId, runtimeCssKits } from './lib/kits.mjs';
import { benchChromium, describeMachine, launchChromium, serve, waitForIdleCpu } from './lib/machine.mjs';
import { markdownTables, summarize } from './lib/report.mjs';

const started = Date.now();
const loadavgAtStart = describeMachine().loadavg;
const benchDir = new URL('.', import.meta.url).pathname;
const rootDir = join(benchDir, '..');
// Under node_modules, which git and ESLint already ignore.
const buildDir = join(benchDir, 'node_modules', '.cache', 'bench', 'pages');
const resultsDir = join(benchDir, 'results');

const envInt = (/** @type {string} */ name, /** @type {number} */ fallback) => {
  const value = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const runs = envInt('BENCH_RUNS', 7);
const counts = { buttons: envInt('BENCH_BUTTONS', 1000), forms: envInt('BENCH_FORMS', 200) };
const idle = {
  threshold: Number.parseFloat(process.env.BENCH_IDLE_THRESHOLD ?? '') || 0.5,
  windowMs: 500,
  maxMs: envInt('BENCH_IDLE_MAX_MS', 1000),
};
const write = process.env.BENCH_WRITE !== '0';
const wanted = process.env.BENCH_KITS?.split(',').map((id) => id.trim());
const alwaysRun = new Set(['elder', referenceKitId, 'floor']);
const kits = allKits.filter((kit) => !wanted || wanted.includes(kit.id) || alwaysRun.has(kit.id));
const executablePath = benchChromium();

const log = (/** @type {string} */ message) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

if (!existsSync(join(rootDir, 'packages/react/dist/index.js'))) {
  console.error('packages/react/dist is missing: run `pnpm bench` from the root (it builds first), or `pnpm build`.');
  process.exit(1);
}

/** The reported version; several packages' versions are joined with " / ". @param {string | string[] | null} pkg */
function versionOf(pkg) {
  if (!pkg) return null;
  if (Array.isArray(pkg)) return pkg.map(versionOf).join(' / ');
  const candidates =
    pkg === '@elder-ui/react'
      ? [join(rootDir, 'packages/react/package.json')]
      : [join(benchDir, 'node_modules', pkg, 'package.json'), join(rootDir, 'node_modules', pkg, 'package.json')];
  const file = candidates.find((candidate) => existsSync(candidate));
  return file ? /** @type {{ version: string }} */ (JSON.parse(readFileSync(file, 'utf8'))).version : '?';
}

// 1. Bundle cost and the test pages.
log(`building ${kits.length} kits: bundle-cost entries and test pages`);
/** @type {Map<string, { button: import('./lib/report.mjs').Sizes | null, forms: import('./lib/report.mjs').Sizes } | null>} */
const costs = new Map();
/** @type {Map<string, string[]>} */
const errors = new Map(kits.map((kit) => [kit.id, []]));
const noRuntimeCss = { runtimeCss: 0, runtimeCssGzip: 0 };
await Promise.all(
  kits.map(async (kit) => {
    try {
      const [button, forms] = await Promise.all([
        kit.formsOnly ? null : buildCost(kit.id, 'ButtonCost'),
        buildCost(kit.id, 'FormsCost'),
        buildPage(kit.id, buildDir),
      ]);
      costs.set(kit.id, { button: button && { ...button, ...noRuntimeCss }, forms: { ...forms, ...noRuntimeCss } });
    } catch (error) {
      costs.set(kit.id, null);
      errors.get(kit.id)?.push(`build: ${String(error).split('\n')[0]}`);
    }
  }),
);

const server = await serve(buildDir);
const browser = await launchChromium(executablePath);
const browserVersion = browser.version();
log(`Chromium ${browserVersion}, pages at ${server.origin}`);

/** Opens a kit's page in a fresh context and waits for the harness. @param {string} kitId */
async function openPage(kitId) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.origin}/${kitId}.html`);
  await page.waitForFunction(() => 'bench' in window, null, { timeout: 30_000 });
  return { page, pageErrors, close: () => context.close() };
}

/** @type {{ busy: number, waitedMs: number, idle: boolean }[]} */
const idleWaits = [];
async function quiet() {
  const result = await waitForIdleCpu(idle);
  idleWaits.push(result);
  return result.busy;
}

// 2. The CSS that CSS-in-JS kits inject at runtime, once per kit and set.
const buildable = kits.filter((kit) => costs.get(kit.id));
/** @type {Map<string, { missing: string[], switchHow: import('./lib/report.mjs').SwitchHow | null }>} */
const kitInfo = new Map();
for (const kit of buildable) {
  for (const set of kit.formsOnly ? /** @type {const} */ (['forms']) : /** @type {const} */ (['buttons', 'forms'])) {
    const { page, pageErrors, close } = await openPage(kit.id);
    try {
      const css = await page.evaluate((which) => window.bench.probe(which), set);
      const cost = costs.get(kit.id);
      if (cost) {
        const sizes = cost[set === 'buttons' ? 'button' : 'forms'];
        sizes.runtimeCss = Buffer.byteLength(css);
        sizes.runtimeCssGzip = css ? gzipBytes(css) : 0;
      }
      if (set === 'forms') kitInfo.set(kit.id, await page.evaluate(() => window.bench.info()));
    } catch (error) {
      errors.get(kit.id)?.push(`probe ${set}: ${String(error).split('\n')[0]}`);
    }
    errors.get(kit.id)?.push(...pageErrors.map((message) => `probe ${set}: ${message}`));
    await close();
  }
}
log('bundle cost done');

// 3. The timed runs, interleaved: each run visits every kit, starting one further along.
/**
 * @type {Record<string, { mountButtons: object[], mountForms: object[], switchScheme: object[], switchSchemeAndSize: object[], button: object[], buttonAfterSwitch: object[] }>}
 */
const samples = Object.fromEntries(
  buildable.map((kit) => [
    kit.id,
    { mountButtons: [], mountForms: [], switchScheme: [], switchSchemeAndSize: [], button: [], buttonAfterSwitch: [] },
  ]),
);
for (let run = 0; run < runs; run += 1) {
  const order = buildable.map((_, index) => buildable[(index + run) % buildable.length]);
  for (const kit of order) {
    if (!kit) continue;
    const sample = samples[kit.id];
    if (!sample) continue;
    // Each switch on its own fresh Button page, from the same starting theme; the first page's mount is the timed one.
    for (const change of kit.formsOnly ? [] : /** @type {const} */ (['scheme', 'schemeAndSize'])) {
      const buttonsPage = await openPage(kit.id);
      try {
        const busy = await quiet();
        const mounted = await buttonsPage.page.evaluate((count) => window.bench.mount('buttons', count), counts.buttons);
        if (change === 'scheme') {
          sample.mountButtons.push({ ...mounted, busy, run });
          sample.button.push(await buttonsPage.page.evaluate(() => window.bench.measureButton()));
        }
        const switchBusy = await quiet();
        const switched = await buttonsPage.page.evaluate((which) => window.bench.switchTheme(which), change);
        if (switched) {
          sample[change === 'scheme' ? 'switchScheme' : 'switchSchemeAndSize'].push({ ...switched, busy: switchBusy, run });
          if (change === 'schemeAndSize') sample.buttonAfterSwitch.push(await buttonsPage.page.evaluate(() => window.bench.measureButton()));
        }
      } catch (error) {
        errors.get(kit.id)?.push(`run ${run} buttons (${change}): ${String(error).split('\n')[0]}`);
      }
      errors.get(kit.id)?.push(...buttonsPage.pageErrors.map((message) => `run ${run} buttons (${change}): ${message}`));
      await buttonsPage.close();
    }

    const formsPage = await openPage(kit.id);
    try {
      const busy = await quiet();
      sample.mountForms.push({ ...(await formsPage.page.evaluate((count) => window.bench.mount('forms', count), counts.forms)), busy, run });
    } catch (error) {
      errors.get(kit.id)?.push(`run ${run} forms: ${String(error).split('\n')[0]}`);
    }
    errors.get(kit.id)?.push(...formsPage.pageErrors.map((message) => `run ${run} forms: ${message}`));
    await formsPage.close();
  }
  log(`run ${run + 1}/${runs} done`);
}
await browser.close();
await server.close();

// 4. Summary, tables, files.
/** @param {object[]} list */
const timingStats = (list) => {
  const timings = /** @type {{ script: number, layout: number, paint: number, run: number }[]} */ (list);
  return timings.length
    ? {
        script: summarize(timings.map((t) => t.script)),
        layout: summarize(timings.map((t) => t.layout)),
        paint: summarize(timings.map((t) => t.paint)),
        paintByRun: timings.map(({ run, paint }) => ({ run, paint })),
      }
    : null;
};
/** @param {object[]} list */
const firstBox = (list) => /** @type {import('./lib/report.mjs').Box | null} */ (list.find(Boolean) ?? null);

/** @type {import('./lib/report.mjs').KitResult[]} */
const results = kits.map((kit) => {
  const sample = samples[kit.id];
  return {
    id: kit.id,
    name: kit.name,
    version: versionOf(kit.pkg),
    ...(kit.note ? { note: kit.note } : {}),
    ...(kit.formsOnly ? { formsOnly: true } : {}),
    cost: costs.get(kit.id) ?? null,
    missing: kitInfo.get(kit.id)?.missing ?? [],
    switchHow: kitInfo.get(kit.id)?.switchHow ?? null,
    mountButtons: sample ? timingStats(sample.mountButtons) : null,
    mountForms: sample ? timingStats(sample.mountForms) : null,
    switchScheme: sample ? timingStats(sample.switchScheme) : null,
    switchSchemeAndSize: sample ? timingStats(sample.switchSchemeAndSize) : null,
    button: sample ? firstBox(sample.button) : null,
    buttonAfterSwitch: sample ? firstBox(sample.buttonAfterSwitch) : null,
    errors: errors.get(kit.id) ?? [],
  };
});

const elapsedS = Math.round((Date.now() - started) / 1000);
const busyValues = idleWaits.map((wait) => wait.busy);
const environment = {
  date: new Date().toISOString(),
  machine: { ...describeMachine(), loadavgAtStart },
  chromium: browserVersion,
  runs,
  counts,
  idle: {
    ...idle,
    waits: idleWaits.length,
    reachedIdle: idleWaits.filter((wait) => wait.idle).length,
    busyMedian: summarize(busyValues).median,
    busyMin: summarize(busyValues).min,
  },
  elapsedS,
};
const tables = markdownTables({ kits: results, runs, counts, runtimeCssKits, referenceKitId });
const errorLines = results.flatMap((kit) => kit.errors.slice(0, 3).map((message) => `- ${kit.name}: ${message}`));
const header = [
  `Measured ${environment.date.slice(0, 16).replace('T', ' ')} UTC by \`pnpm bench\`: ${runs} run${runs === 1 ? '' : 's'}, headless Chromium ${browserVersion}, ` +
    `Node ${environment.machine.node}, ${environment.machine.cores} × ${environment.machine.cpu}. ` +
    `Load average at start ${loadavgAtStart.join(' / ')}; CPU idle (< ${Math.round(idle.threshold * 100)} % busy) before ${environment.idle.reachedIdle} of ${environment.idle.waits} measurements, ` +
    `median CPU use before a measurement ${Math.round(environment.idle.busyMedian * 100)} %. Whole run ${Math.floor(elapsedS / 60)} min ${elapsedS % 60} s.`,
].join('\n');
const markdown = `${header}\n\n${tables}\n${errorLines.length ? `\nErrors:\n\n${errorLines.join('\n')}\n` : ''}`;

console.log(`\n${markdown}`);
if (write) {
  await mkdir(join(resultsDir, 'raw'), { recursive: true });
  await writeFile(join(resultsDir, 'latest.md'), `# Elder UI bench: latest results\n\n${markdown}`);
  await writeFile(join(resultsDir, 'latest.json'), `${JSON.stringify({ environment, kits: results }, null, 2)}\n`);
  await writeFile(
    join(resultsDir, 'raw', `${environment.date.replace(/[:.]/g, '-')}.json`),
    `${JSON.stringify({ environment, samples, idleWaits }, null, 2)}\n`,
  );

  // The docs page carries the latest table between two markers.
  const docsFile = join(rootDir, 'docs', 'benchmarks.md');
  if (existsSync(docsFile)) {
    const docs = await readFile(docsFile, 'utf8');
    const start = '<!-- bench:results:start -->';
    const end = '<!-- bench:results:end -->';
    const from = docs.indexOf(start);
    const to = docs.indexOf(end);
    if (from >= 0 && to > from) {
      await writeFile(docsFile, `${docs.slice(0, from + start.length)}\n\n${markdown}\n${docs.slice(to)}`);
    }
  }
  log('wrote bench/results/latest.md, latest.json and docs/benchmarks.md');
} else {
  log('BENCH_WRITE=0: no file written');
}
