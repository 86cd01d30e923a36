/**
 * The audit, start to end: every target × theme dealt to a pool of browser tabs, each page
 * audited (page-audit.ts), and the results rolled up into one report.
 */
import { defaultElderThresholds, type ElderThresholds } from '@elder-ui/axe-rules';
import type { Browser } from 'playwright-core';
import { loadAxeScripts } from './axe-run.ts';
import { BrowserLostError, browserSlots } from './browsers.ts';
import { checkGroups, type CheckGroup } from './checks.ts';
import { crawl, passesFilter, readSitemap } from './discover.ts';
import { firstLine, UsageError } from './errors.ts';
import type { Job } from './open-page.ts';
import { auditTarget, browserGone, ConnectionLostError, emptyResult, type PageContext } from './page-audit.ts';
import { countResults, summarise, switchedOffByStories } from './summary.ts';
import { contextOptions, openTabs, type SessionOptions, type Tabs } from './tabs.ts';
import { selectShard, urlTarget } from './targets.ts';
import { themeName } from './themes.ts';
import type { AuditReport, AuditTarget, ElderSetting, PageResult, Theme } from './types.ts';
import { version } from './version.ts';

/** Options of {@link runAudit}. */
export interface AuditOptions {
  /** The pages to visit. */
  targets: AuditTarget[];
  /**
   * The themes to visit each page in; `null` leaves the page as it is.
   * @default all eight themes
   */
  themes: (Theme | null)[];
  /**
   * Path of the Chromium (or Chrome) executable to launch; not needed with `connect`.
   * @default undefined
   */
  chromium?: string;
  /**
   * Remote browsers to run in instead of launching one: Playwright browser servers (`ws://…`) or
   * CDP endpoints (`http://…`, `ws://…/devtools/browser/…`). Lanes are spread over them in turn;
   * a lost one is reached again for up to `timeoutMs` (at least 10 s) before the run stops.
   * @default []
   */
  connect?: readonly string[];
  /**
   * Sitemaps and crawls whose pages are added to `targets` (filtered by `include`/`exclude`).
   * @default undefined
   */
  discover?: {
    sitemaps: readonly string[];
    crawl: readonly string[];
    maxPages: number;
    include: readonly string[];
    exclude: readonly string[];
  };
  /**
   * A login and headers for every browser context: a Playwright storage state (a file path or
   * the object) and extra HTTP headers.
   * @default {}
   */
  session?: SessionOptions;
  /**
   * When pages are judged as elder mode: `auto` by their nearest `data-eui-mode`, `on` always, `off` never.
   * @default 'auto'
   */
  elder?: ElderSetting;
  /**
   * With `elder: 'on'`, judge only what this CSS selector matches as elder mode.
   * @default undefined (the whole page)
   */
  elderScope?: string;
  /**
   * The elder rules' numbers.
   * @default defaultElderThresholds of @elder-ui/axe-rules
   */
  thresholds?: ElderThresholds;
  /** What the audit was given, for the report. */
  input: AuditReport['input'];
  /**
   * Pages audited at once.
   * @default 2
   */
  concurrency?: number;
  /**
   * Audit only this share of the page × theme list (dealt round-robin).
   * @default { index: 1, total: 1 }
   */
  shard?: { index: number; total: number };
  /**
   * Which checks run.
   * @default every group in checkGroups
   */
  checks?: readonly CheckGroup[];
  /**
   * How long one page may take to load and render, in ms.
   * @default 30000
   */
  timeoutMs?: number;
  /**
   * Screenshot crops per failed check and page (0 for none).
   * @default 3
   */
  crops?: number;
  /**
   * What to do with the checks a story switches off in its own `parameters.a11y` (`enabled:
   * false`): `honour` skips them on that story and lists them in the report; `ignore` runs every
   * check on every story.
   * @default 'honour'
   */
  storyRules?: 'honour' | 'ignore';
  /**
   * Called after each page × theme.
   * @default undefined
   */
  onProgress?: (done: number, total: number, result: PageResult) => void;
}

/** What {@link runAudit} returns: the report and the screenshot crops it names. */
export interface AuditOutcome {
  /** The JSON report. */
  report: AuditReport;
  /** PNG crops by file name (each `FindingNode.screenshot`). */
  screenshots: Map<string, Uint8Array>;
}

/**
 * Audits every target in every theme in headless Chromium (launched here, or remote browsers
 * through `connect`): axe with WCAG 2.2 A/AA and the elder rules (where pages are judged as elder
 * mode), AAA contrast in elder and high-contrast scopes, then reflow, 200 % text, text spacing,
 * forced colours and a keyboard walk. A page that fails is tried once more, then reported as not
 * audited; none is dropped. A browser that goes away is reached again and the run resumes; if it
 * cannot be, the pages left are reported as not audited and `report.browser.lost` says why.
 *
 * @throws {Error} When Chromium cannot be started or a `connect` endpoint cannot be reached at all,
 *   or a sitemap cannot be read (a `UsageError`).
 */
export async function runAudit(options: AuditOptions): Promise<AuditOutcome> {
  const started = Date.now();
  const shard = options.shard ?? { index: 1, total: 1 };
  const storyRules = options.storyRules ?? 'honour';
  const timeoutMs = options.timeoutMs ?? 30_000;
  const endpoints = [...(options.connect ?? [])];
  const elder = options.elderScope !== undefined ? 'on' : (options.elder ?? 'auto');
  const thresholds = options.thresholds ?? { ...defaultElderThresholds };
  const session = options.session ?? {};
  let reconnects = 0;
  const slots = browserSlots({
    ...(options.chromium ? { executablePath: options.chromium } : {}),
    endpoints,
    reconnectMs: Math.max(10_000, timeoutMs),
    onReconnect: () => reconnects++,
  });
  let axeVersion = '';
  const ctx: PageContext = {
    checks: new Set(options.checks ?? checkGroups),
    storyRules,
    timeoutMs,
    crops: options.crops ?? 3,
    screenshots: new Map(),
    scripts: await loadAxeScripts(),
    onAxeVersion: (v) => (axeVersion = v),
    elder,
    elderScope: options.elderScope ?? null,
    thresholds,
  };
  const discovered: NonNullable<AuditReport['input']['discovered']> = [];
  let lost: string | undefined;
  let jobs: Job[] = [];
  const results: PageResult[] = [];
  try {
    // Reach every browser first: a wrong endpoint is a usage problem, not a page failure.
    await Promise.all(slots.map((slot) => slot.get()));
    let targets = [...options.targets];
    if (options.discover) targets = [...targets, ...(await discoverTargets(options.discover, slots[0]!.get, session, timeoutMs, discovered))];
    // The same page from two sources is audited once.
    const seen = new Set<string>();
    targets = targets.filter((t) => !seen.has(t.id) && seen.add(t.id));
    if (targets.length === 0) throw new UsageError('No pages to audit: the sitemaps and crawls found none that pass --include / --exclude.');
    const all = targets.flatMap((target) => options.themes.map((theme) => ({ target, theme })));
    jobs = selectShard(all, shard).map((job, index) => ({ ...job, index }));
    let done = 0;
    const finish = (job: Job, result: PageResult) => {
      results[job.index] = result;
      options.onProgress?.(++done, jobs.length, result);
    };
    // Jobs of the same page stay together: a story is loaded once and switched from theme to
    // theme in place, which saves loading Storybook again each time.
    const byTarget = new Map<string, Job[]>();
    for (const job of jobs) byTarget.set(job.target.id, [...(byTarget.get(job.target.id) ?? []), job]);
    const queue = [...byTarget.values()];
    /** How many times a browser went away while each job was being audited. */
    const losses = new Map<number, number>();
    const lane = async (slotIndex: number) => {
      const slot = slots[slotIndex % slots.length]!;
      let browser = await slot.get();
      let tabs: Tabs | undefined;
      try {
        for (let group = queue.shift(); group; group = queue.shift()) {
          try {
            tabs ??= await openTabs(browser, session);
            await auditTarget(browser, tabs, group, ctx, finish);
          } catch (error) {
            if (!(error instanceof ConnectionLostError) && !(await browserGone(browser))) throw error;
            // Put back what this lane had not finished, reach the browser again, and go on.
            const left = group.filter((job) => !results[job.index]);
            // The page being audited may be what brought the browser down: the second time, it is not audited.
            const inFlight = error instanceof ConnectionLostError ? error.job : undefined;
            if (inFlight && !results[inFlight.index]) {
              const count = (losses.get(inFlight.index) ?? 0) + 1;
              losses.set(inFlight.index, count);
              if (count >= 2) {
                finish(inFlight, { ...emptyResult(inFlight, ctx), attempts: 2, error: `The browser went away twice while auditing this page (${firstLine(error)})` });
                left.splice(left.indexOf(inFlight), 1);
              }
            }
            if (left.length) queue.unshift(left);
            await tabs?.close().catch(() => undefined);
            tabs = undefined;
            browser = await slot.get();
          }
        }
      } finally {
        await tabs?.close().catch(() => undefined);
      }
    };
    const lanes = Math.max(1, Math.min(options.concurrency ?? 2, queue.length));
    const outcomes = await Promise.allSettled(Array.from({ length: lanes }, (_, i) => lane(i)));
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        if (outcome.reason instanceof BrowserLostError) lost ??= outcome.reason.message;
        else throw outcome.reason;
      }
    }
  } finally {
    await Promise.all(slots.map((slot) => slot.close()));
  }
  // Never silently dropped: a page no lane finished is reported as not audited, with the reason.
  for (const job of jobs) {
    results[job.index] ??= { ...emptyResult(job, ctx), error: `Not audited: ${lost ?? 'the run stopped before this page'}` };
  }
  const report: AuditReport = {
    tool: { name: 'elder-audit', version, axeVersion },
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    input:
      options.input.kind === 'storybook'
        ? { ...options.input, storyRules }
        : { ...options.input, ...(discovered.length ? { discovered } : {}) },
    themes: options.themes.map(themeName),
    elder: { setting: elder, ...(options.elderScope !== undefined ? { scope: options.elderScope } : {}), thresholds },
    browser: { kind: endpoints.length ? 'connected' : 'launched', endpoints, reconnects, ...(lost ? { lost } : {}) },
    shard,
    totals: countResults(results),
    ...summarise(results),
    switchedOff: switchedOffByStories(results),
    pages: results,
  };
  return { report, screenshots: ctx.screenshots };
}

/** The pages of the sitemaps and crawls, filtered, in the order found. */
async function discoverTargets(
  discover: NonNullable<AuditOptions['discover']>,
  browser: () => Promise<Browser>,
  session: SessionOptions,
  timeoutMs: number,
  log: NonNullable<AuditReport['input']['discovered']>,
): Promise<AuditTarget[]> {
  const urls: string[] = [];
  const headers = session.extraHTTPHeaders ?? {};
  for (const sitemap of discover.sitemaps) {
    const pages = (await readSitemap(sitemap, { headers, timeoutMs })).filter((url) => passesFilter(url, discover));
    log.push({ kind: 'sitemap', url: sitemap, pages: pages.length });
    urls.push(...pages);
  }
  if (discover.crawl.length) {
    const context = await (await browser()).newContext(contextOptions(session));
    try {
      for (const start of discover.crawl) {
        const pages = await crawl(context, start, { ...discover, timeoutMs });
        log.push({ kind: 'crawl', url: start, pages: pages.length });
        urls.push(...pages);
      }
    } finally {
      await context.close().catch(() => undefined);
    }
  }
  const targets: AuditTarget[] = [];
  for (const url of urls) {
    try {
      targets.push(urlTarget(url));
    } catch (error) {
      throw new Error(`A sitemap lists "${url}", which cannot be audited: ${firstLine(error)}`);
    }
  }
  return targets;
}
