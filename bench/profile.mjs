// `pnpm --filter @elder-ui/bench profile`: where Elder UI spends its time mounting form sets and switching themes.
// 1. Each part of the form set mounted alone, BENCH_FORMS (200) times, timed with React's <Profiler>.
// 2. A Chromium CPU profile (CDP sampling profiler) of mounting the whole set BENCH_FORMS times,
//    self time summed by module and by function. Unminified, so functions keep their names.
// 3. A Chromium trace of each theme switch on the BENCH_BUTTONS (1000) Button page, Elder UI and the floor:
//    style recalculation, layout and paint, in the frame that shows the switch and the one after.
// Settings: BENCH_RUNS (5), BENCH_FORMS (200), BENCH_BUTTONS (1000), EUI_CHROMIUM (else the system's Chromium, else Playwright's). Prints; writes no file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildPage, buildProfilePage } from './lib/build.mjs';
import { benchChromium, launchChromium, serve, waitForIdleCpu } from './lib/machine.mjs';
import { median } from './lib/report.mjs';

const benchDir = new URL('.', import.meta.url).pathname;
const outDir = join(benchDir, 'node_modules', '.cache', 'bench', 'profile');
const envInt = (/** @type {string} */ name, /** @type {number} */ fallback) => {
  const value = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const runs = envInt('BENCH_RUNS', 5);
const count = envInt('BENCH_FORMS', 200);
const buttons = envInt('BENCH_BUTTONS', 1000);
const executablePath = benchChromium();
if (!existsSync(join(benchDir, '..', 'packages/react/dist/index.js'))) {
  console.error('packages/react/dist is missing: run `pnpm build` first.');
  process.exit(1);
}

const code = await buildProfilePage(outDir);
await Promise.all(['elder', 'floor'].map((kitId) => buildPage(kitId, outDir)));
// esbuild marks the start of each module's code with a `// path` line: line number → module.
/** @type {{ line: number, module: string }[]} */
const modules = [];
code.split('\n').forEach((text, line) => {
  const match = /^\/\/ (\S+\.(?:m?js|cjs|tsx?))$/.exec(text);
  if (match?.[1]) modules.push({ line, module: shortModule(match[1]) });
});

/** `../packages/react/dist/field/Field.js` → `@elder-ui/react field/Field.js`; a dependency → its package name. @param {string} path */
function shortModule(path) {
  const own = /packages\/(\w+)\/dist\/(.+)$/.exec(path);
  if (own) return `@elder-ui/${own[1]} ${own[2]}`;
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (dependency?.[1]) return dependency[1];
  return path.replace(/^(\.\.\/)+/, '');
}

/** @param {number} line */
function moduleAt(line) {
  let found = '(page)';
  for (const entry of modules) {
    if (entry.line > line) break;
    found = entry.module;
  }
  return found;
}

const server = await serve(outDir);
const browser = await launchChromium(executablePath);

async function openPage(name = 'profile') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.origin}/${name}.html`);
  await page.waitForFunction((global) => global in window, name === 'profile' ? 'profile' : 'bench', { timeout: 30_000 });
  return { page, close: () => context.close() };
}

const idle = { threshold: 0.5, windowMs: 500, maxMs: 1000 };

// 1. The parts, each alone.
const probe = await openPage();
const targets = await probe.page.evaluate(() => window.profile.targets);
await probe.close();
/** @type {Record<string, { render: number[], script: number[], paint: number[] }>} */
const timings = Object.fromEntries(targets.map((target) => [target, { render: [], script: [], paint: [] }]));
for (let run = 0; run < runs; run += 1) {
  for (const target of targets) {
    const { page, close } = await openPage();
    await waitForIdleCpu(idle);
    const timing = await page.evaluate(([which, n]) => window.profile.mount(which, n), /** @type {const} */ ([target, count]));
    const list = timings[target];
    if (list) for (const key of /** @type {const} */ (['render', 'script', 'paint'])) list[key].push(timing[key]);
    await close();
  }
}
const whole = timings['form set'];
const fmt = (/** @type {number} */ value) => value.toFixed(1);
console.log(`\nMount ${count} of each, ms, median of ${runs} (render: React's render phase from <Profiler>; script: the whole flushSync; painted: until the next frame is painted)\n`);
console.log('| mounted | render | script | painted | share of the set\'s script |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const target of targets) {
  const list = timings[target];
  if (!list || !whole) continue;
  const share = (median(list.script) / median(whole.script)) * 100;
  console.log(`| ${target} | ${fmt(median(list.render))} | ${fmt(median(list.script))} | ${fmt(median(list.paint))} | ${target === 'form set' ? '' : `${share.toFixed(0)} %`} |`);
}

// 2. A CPU profile of the whole set.
const { page, close } = await openPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await waitForIdleCpu(idle);
await cdp.send('Profiler.start');
await page.evaluate((n) => window.profile.mount('form set', n), count);
const { profile } = await cdp.send('Profiler.stop');
await close();

// 3. The theme switches, traced: what the frame that shows each switch spends on style, layout and paint.
const traced = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];
/** @type {{ kit: string, change: string, painted: number[], events: Record<string, number[]> }[]} */
const switches = [];
for (const kitId of ['elder', 'floor']) {
  for (const change of ['scheme', 'schemeAndSize']) {
    const row = { kit: kitId, change, painted: /** @type {number[]} */ ([]), events: Object.fromEntries(traced.map((name) => [name, /** @type {number[]} */ ([])])) };
    switches.push(row);
    for (let run = 0; run < runs; run += 1) {
      const opened = await openPage(kitId);
      await opened.page.evaluate((n) => window.bench.mount('buttons', n), buttons);
      await waitForIdleCpu(idle);
      await browser.startTracing(opened.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      const timing = await opened.page.evaluate(async (which) => {
        const result = await window.bench.switchTheme(/** @type {'scheme' | 'schemeAndSize'} */ (which));
        // Two more frames: Elder UI switches transitions back on in the frame after the switch.
        for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
        return result;
      }, change);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
      await opened.close();
      if (timing) row.painted.push(timing.paint);
      /** @type {{ name: string, ph: string, dur?: number, tid: number, pid: number, args?: { name?: string } }[]} */
      const events = Array.isArray(trace) ? trace : trace.traceEvents;
      const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
      for (const name of traced) {
        const total = events
          .filter((event) => event.name === name && event.ph === 'X' && (!main || (event.tid === main.tid && event.pid === main.pid)))
          .reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0);
        row.events[name]?.push(total);
      }
    }
  }
}
await browser.close();
await server.close();

/** @type {Map<number, (typeof profile.nodes)[number]>} */
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
/** @type {Map<number, number>} */
const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
/** @type {Map<number, number>} self time (ms) of each node */
const self = new Map();
const samples = profile.samples ?? [];
const deltas = profile.timeDeltas ?? [];
samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (deltas[index + 1] ?? 0) / 1000));

const isIdle = (/** @type {string} */ name) => name === '(idle)' || name === '(program)';
let busy = 0;
/** @type {Map<string, number>} */
const byModule = new Map();
/** @type {Map<string, number>} */
const byFunction = new Map();
/** @type {Map<string, number>} inclusive time of each Elder UI function (each counted once per stack) */
const elderInclusive = new Map();
for (const [id, ms] of self) {
  const node = nodes.get(id);
  if (!node) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  if (isIdle(functionName)) continue;
  busy += ms;
  const module = url.endsWith('profile.js') ? moduleAt(lineNumber) : functionName.startsWith('(') ? functionName : url || '(native)';
  const name = `${functionName || '(anonymous)'} · ${module}`;
  byModule.set(module, (byModule.get(module) ?? 0) + ms);
  byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  /** @type {Set<string>} */
  const seen = new Set();
  for (let at = /** @type {number | undefined} */ (id); at !== undefined; at = parents.get(at)) {
    const frame = nodes.get(at)?.callFrame;
    if (!frame?.url.endsWith('profile.js')) continue;
    const owner = moduleAt(frame.lineNumber);
    if (!owner.startsWith('@elder-ui/')) continue;
    const key = `${frame.functionName || '(anonymous)'} · ${owner}`;
    if (seen.has(key)) continue;
    seen.add(key);
    elderInclusive.set(key, (elderInclusive.get(key) ?? 0) + ms);
  }
}

// The mount's phases: React's render and commit (inclusive), the style and layout the harness forces, garbage collection.
const phases = [
  ['render phase (`workLoopSync`, inclusive)', 'workLoopSync'],
  ['commit phase (`commitRoot`, inclusive)', 'commitRoot'],
  ['style and layout (forced by `getBoundingClientRect`)', 'getBoundingClientRect'],
  ['garbage collection', '(garbage collector)'],
];
/** @type {Map<string, number>} */
const byPhase = new Map();
for (const [id, ms] of self) {
  const names = new Set();
  for (let at = /** @type {number | undefined} */ (id); at !== undefined; at = parents.get(at)) names.add(nodes.get(at)?.callFrame.functionName);
  for (const [label, name] of phases) if (names.has(name)) byPhase.set(/** @type {string} */ (label), (byPhase.get(/** @type {string} */ (label)) ?? 0) + ms);
}

/** @param {string} title @param {Map<string, number>} map @param {number} top */
function table(title, map, top) {
  console.log(`\n${title}\n`);
  console.log('| where | ms | share |');
  console.log('| --- | ---: | ---: |');
  for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`| ${name} | ${fmt(ms)} | ${((ms / busy) * 100).toFixed(1)} % |`);
  }
}
console.log(`\nCPU profile of mounting ${count} form sets: ${fmt(busy)} ms busy (idle excluded).`);
table('Phases', byPhase, phases.length);
table('Self time by module', byModule, 25);
table('Self time by function', byFunction, 40);
table('Elder UI functions, inclusive (their own code and what they call, React hooks included; not their children)', elderInclusive, 30);

console.log(`\nTheme switches on the ${buttons}-Button page, ms, median of ${runs}: painted as \`pnpm bench\` times it; then the main thread's style, layout and paint over the switch and the two frames after.\n`);
console.log(`| kit | switch | painted | ${traced.join(' | ')} |`);
console.log(`| --- | --- | ---: | ${traced.map(() => '---:').join(' | ')} |`);
for (const row of switches) {
  console.log(`| ${row.kit} | ${row.change} | ${fmt(median(row.painted))} | ${traced.map((name) => fmt(median(row.events[name] ?? []))).join(' | ')} |`);
}
