import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCli, usage } from './args.ts';
import { runAudit } from './audit.ts';
import { applyBaseline, readBaseline, writeBaseline } from './baseline.ts';
import { findChromium } from './chromium.ts';
import { firstLine, UsageError } from './errors.ts';
import type { SessionOptions } from './tabs.ts';
import { createProgress, type ProgressStream } from './progress.ts';
import { writeReports } from './reports.ts';
import { loadStorybook, type StorybookInput } from './storybook.ts';
import type { AuditReport, BaselineEntry } from './types.ts';
import { version } from './version.ts';

/** Where {@link main} reads and writes. */
export interface MainIo {
  /** Summary output. @default process.stdout */
  stdout: { write: (text: string) => unknown };
  /** Errors and the progress bar. @default process.stderr */
  stderr: ProgressStream;
  /** Environment (for `EUI_CHROMIUM`, `CHROMIUM_PATH`). @default process.env */
  env: NodeJS.ProcessEnv;
  /**
   * The folder a config file is looked for in, and relative paths start from.
   * @default process.cwd()
   */
  cwd?: string;
}

/** The exit codes of {@link main}. */
export const exitCodes = {
  /** No violations (with a baseline: none new). */
  clean: 0,
  /** Violations found (with a baseline: new ones). */
  violations: 1,
  /** A usage error: a bad flag, URL or config, an unreadable input, Chromium missing. */
  usage: 2,
  /** Some pages were not audited (failed twice, or a remote browser was lost), whatever else was found. */
  notAudited: 3,
} as const;

/** Reads a Playwright storage state file, so a wrong path is a clear usage error and not a failure on every page. */
async function readStorageState(path: string): Promise<Exclude<SessionOptions['storageState'], string | undefined>> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--storage-state: cannot read ${path}: ${firstLine(error)}. Save one with Playwright's context.storageState({ path }).`);
  }
  const state = data as { cookies?: unknown; origins?: unknown };
  if (typeof data !== 'object' || data === null || !Array.isArray(state.cookies) || (state.origins !== undefined && !Array.isArray(state.origins))) {
    throw new UsageError(`--storage-state: ${path} is not a Playwright storage state ({ "cookies": [...], "origins": [...] }).`);
  }
  return { cookies: state.cookies, origins: (state.origins as never[] | undefined) ?? [] } as Exclude<SessionOptions['storageState'], string | undefined>;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The short text summary printed at the end of a run. */
export function textSummary(report: AuditReport, written: string[]): string {
  const lines: string[] = [];
  const { totals } = report;
  const where = report.browser.kind === 'connected' ? ` through ${report.browser.endpoints.join(', ')}` : '';
  lines.push(
    `Audited ${plural(totals.pages, 'page')} × theme in ${(report.durationMs / 1000).toFixed(1)} s${where}: ${plural(totals.violationNodes, 'violation')}, ${totals.reviewNodes} to review${totals.errors ? `, ${totals.errors} not audited` : ''}.`,
  );
  for (const d of report.input.discovered ?? []) lines.push(`  ${d.kind === 'sitemap' ? 'Sitemap' : 'Crawl from'} ${d.url}: ${plural(d.pages, 'page')}.`);
  const t = report.elder.thresholds;
  const setting = `--elder ${report.elder.setting}${report.elder.scope ? ` --elder-scope ${report.elder.scope}` : ''}`;
  lines.push(`Elder rules (${setting}) ran on ${report.pages.filter((p) => p.elderRules).length} of ${report.pages.length}; thresholds: text ${t.textSize} px, targets ${t.targetSize}/${t.primaryTargetSize} px, line height ${t.lineHeight}, contrast ${t.contrast}:1 (non-text ${t.nonTextContrast}:1).`);
  if (report.baseline) {
    lines.push(`Baseline ${report.baseline.file}: ${report.baseline.new} new, ${report.baseline.unchanged} known, ${report.baseline.fixed.length} fixed.`);
  }
  if (report.browser.reconnects) lines.push(`Reached a lost browser again ${plural(report.browser.reconnects, 'time')}; the run resumed.`);
  if (report.browser.lost) lines.push(`  ✗ ${report.browser.lost}`);
  for (const page of report.pages) {
    if (page.error) lines.push(`  ✗ not audited: ${page.target.title} (${page.themeName}): ${page.error}`);
    for (const f of page.violations) {
      const refs = [...f.wcag.map((c) => `WCAG ${c}`), ...f.miit.map((c) => `MIIT ${c}`)].join(', ');
      const known = f.nodes.filter((n) => n.baseline === 'unchanged').length;
      if (report.baseline && known === f.nodes.length) continue;
      lines.push(
        `  ✗ ${page.target.title} (${page.themeName}): ${f.check}${refs ? ` [${refs}]` : ''}: ${f.help} (${plural(f.nodes.length - known, report.baseline ? 'new element' : 'element')})`,
      );
    }
  }
  for (const e of report.baseline?.fixed ?? []) lines.push(`  ✓ fixed: ${e.page} (${e.theme}): ${e.rule} at ${e.selector}`);
  if (report.switchedOff.length) lines.push("Checks that stories switch off for themselves (each story's file says why):");
  for (const { check, stories } of report.switchedOff) {
    const named = stories.slice(0, 3).map((s) => `${s.title}${s.source ? ` (${s.source})` : ''}`);
    const more = stories.length > 3 ? ` and ${stories.length - 3} more` : '';
    lines.push(`  − ${check}, by ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}: ${named.join('; ')}${more}`);
  }
  const failing = report.wcag.filter((c) => c.outcome === 'failed').map((c) => c.id);
  const miitFailing = report.miit.filter((c) => c.outcome === 'failed').map((c) => c.id);
  if (failing.length) lines.push(`WCAG criteria failed: ${failing.join(', ')}`);
  if (miitFailing.length) lines.push(`MIIT clauses failed: ${miitFailing.join(', ')}`);
  for (const path of written) lines.push(`Wrote ${path}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `elder-audit` with the given arguments.
 *
 * @param argv The arguments after the script name.
 * @param io Where output goes. @default process streams and environment
 * @returns The exit code ({@link exitCodes}): 0 clean, 1 violations (with a baseline: new ones), 2 usage error, 3 pages not audited.
 */
export async function main(argv: readonly string[], io: MainIo = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`elder-audit: ${message}\nRun "elder-audit --help" for usage.\n`);
    return exitCodes.usage;
  };
  const cwd = io.cwd ?? process.cwd();
  let options;
  try {
    options = parseCli(argv, { cwd });
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }
  if (options.help) {
    io.stdout.write(usage);
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${version}\n`);
    return 0;
  }

  let chromium: string | undefined;
  let input: StorybookInput;
  const session: SessionOptions = {};
  let baseline: BaselineEntry[] | undefined;
  try {
    if (options.connect.length === 0) chromium = findChromium(options.chromium, io.env);
    if (options.storageState) session.storageState = await readStorageState(resolve(cwd, options.storageState));
    if (Object.keys(options.headers).length) session.extraHTTPHeaders = options.headers;
    if (options.baseline && !options.updateBaseline) baseline = await readBaseline(resolve(cwd, options.baseline));
    input = options.storybook
      ? await loadStorybook(options.storybook, { include: options.include, exclude: options.exclude })
      : { targets: options.urls, source: options.urls.map((u) => u.url).join(', '), close: async () => undefined };
    if (input.targets.length === 0 && options.sitemaps.length + options.crawl.length === 0) {
      await input.close();
      throw new UsageError(
        options.storybook ? `No stories to audit in ${input.source}${options.include.length || options.exclude.length ? ' with these --include/--exclude filters' : ''}.` : 'No URLs to audit.',
      );
    }
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }

  const progress = options.progress && !options.quiet ? createProgress(io.stderr) : createProgress({ write: () => undefined });
  let failing = 0;
  let outcome;
  try {
    outcome = await runAudit({
      targets: input.targets,
      themes: options.themes,
      ...(chromium ? { chromium } : {}),
      connect: options.connect,
      session,
      elder: options.elder,
      ...(options.elderScope ? { elderScope: options.elderScope } : {}),
      thresholds: options.thresholds,
      ...(options.storybook
        ? {}
        : { discover: { sitemaps: options.sitemaps, crawl: options.crawl, maxPages: options.maxPages, include: options.include, exclude: options.exclude } }),
      input: {
        kind: options.storybook ? 'storybook' : 'urls',
        source: options.storybook ? [input.source] : [...options.urls.map((u) => u.url), ...options.sitemaps, ...options.crawl],
      },
      concurrency: options.concurrency,
      shard: options.shard,
      checks: options.checks,
      storyRules: options.storyRules,
      timeoutMs: options.timeoutMs,
      crops: options.crops,
      onProgress: (done, total, result) => {
        if (result.error || result.violations.length) failing++;
        progress.update(done, total, `${result.target.title} (${result.themeName})`, failing);
      },
    });
  } catch (error) {
    const message = firstLine(error);
    if (error instanceof UsageError) return fail(message);
    if (options.connect.length) return fail(`Could not reach the browser at ${options.connect.join(', ')}: ${message}`);
    return fail(/launch|executable|spawn/i.test(message) ? `Could not start Chromium at ${chromium}: ${message}` : message);
  } finally {
    progress.finish();
    await input.close();
  }
  const { report } = outcome;
  if (baseline && options.baseline) applyBaseline(report, baseline, resolve(cwd, options.baseline));
  if (options.updateBaseline && options.baseline) {
    await writeBaseline(resolve(cwd, options.baseline), report);
    report.baseline = { file: resolve(cwd, options.baseline), new: 0, unchanged: report.totals.violationNodes, fixed: [], updated: true };
    for (const page of report.pages) for (const f of page.violations) for (const node of f.nodes) node.baseline = 'unchanged';
  }
  const written = await writeReports(resolve(cwd, options.out), report, outcome.screenshots, options.formats);
  if (options.updateBaseline && options.baseline) written.push(resolve(cwd, options.baseline));
  const { totals } = report;
  const failingRun = report.baseline ? report.baseline.new > 0 : totals.violations > 0;
  const code = totals.errors > 0 ? exitCodes.notAudited : failingRun ? exitCodes.violations : exitCodes.clean;
  if (!options.quiet) io.stdout.write(textSummary(report, written));
  else if (code !== exitCodes.clean) io.stderr.write(textSummary(report, []));
  if (report.browser.lost) io.stderr.write(`elder-audit: ${report.browser.lost} ${totals.errors} page × theme results are reported as not audited.\n`);
  return code;
}
