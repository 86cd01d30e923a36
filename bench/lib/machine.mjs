// Serving the pages, starting Chromium, waiting for an idle CPU, and describing the machine.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromiumArgs, findChromium } from '@elder-ui/audit';
import { chromium } from 'playwright-core';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Serves `dir` on 127.0.0.1 at a free port.
 * @param {string} dir
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export function serve(dir) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'content-type': types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

function cpuTimes() {
  let idle = 0;
  let total = 0;
  for (const cpu of cpus()) {
    idle += cpu.times.idle;
    total += cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.idle + cpu.times.irq;
  }
  return { idle, total };
}

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the whole machine's CPU use over one window falls below `threshold`, or until `maxMs` have passed.
 * @param {{ threshold: number, windowMs: number, maxMs: number }} options
 * @returns {Promise<{ busy: number, waitedMs: number, idle: boolean }>} the last window's CPU use (0–1)
 */
export async function waitForIdleCpu({ threshold, windowMs, maxMs }) {
  const start = Date.now();
  for (;;) {
    const before = cpuTimes();
    await sleep(windowMs);
    const after = cpuTimes();
    const total = after.total - before.total;
    const busy = total > 0 ? 1 - (after.idle - before.idle) / total : 0;
    const waitedMs = Date.now() - start;
    if (busy < threshold || waitedMs >= maxMs) return { busy, waitedMs, idle: busy < threshold };
  }
}

/** The machine, for the report. */
export function describeMachine() {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadavg: loadavg().map((value) => Number(value.toFixed(2))),
  };
}

/**
 * Starts the headless Chromium every bench script drives, with the audit's flags (quiet on a
 * closed network) and `gc()` exposed so runs can start from a collected heap.
 * @param {string} executablePath
 */
export function launchChromium(executablePath) {
  return chromium.launch({ executablePath, args: [...chromiumArgs, '--js-flags=--expose-gc'] });
}

/**
 * The Chromium to drive, found as the audit finds it (`EUI_CHROMIUM`, the system paths, then
 * Playwright's browser cache), or the process ends with the audit's message saying where it looked.
 */
export function benchChromium() {
  try {
    return findChromium(undefined, process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
