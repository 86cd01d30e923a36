/**
 * The audit, start to end: every target × theme dealt to a pool of browser tabs, each page
 * audited (page-audit.ts), and the results rolled up into one report.
 */
import { chromium } from 'playwright-core';
import { loadAxeScripts } from './axe-run.ts';
import { checkGroups, type CheckGroup } from './checks.ts';
import { chromiumArgs } from './chromium.ts';
import type { Job } from './open-page.ts';
import { auditTarget, type PageContext } from './page-audit.ts';
import { runPool } from './pool.ts';
import { countResults, summarise, switchedOffByStories } from './summary.ts';
import { openTabs } from './tabs.ts';
import { selectShard } from './targets.ts';
import { themeName } from './themes.ts';
import type { AuditReport, AuditTarget, PageResult, Theme } from './types.ts';
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
  /** Path of the Chromium (or Chrome) executable. */
  chromium: string;
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
 * Audits every target in every theme in headless Chromium: axe with WCAG 2.2 A/AA and the
 * elder rules (elder themes only), AAA contrast in elder and high-contrast themes, then reflow,
 * 200 % text, text spacing, forced colours and a keyboard walk.
 *
 * @throws {Error} When Chromium cannot be started.
 */
export async function runAudit(options: AuditOptions): Promise<AuditOutcome> {
  const started = Date.now();
  const shard = options.shard ?? { index: 1, total: 1 };
  const storyRules = options.storyRules ?? 'honour';
  const all = options.targets.flatMap((target) => options.themes.map((theme) => ({ target, theme })));
  const jobs: Job[] = selectShard(all, shard).map((job, index) => ({ ...job, index }));
  const results: PageResult[] = new Array(jobs.length);
  let axeVersion = '';
  const ctx: PageContext = {
    checks: new Set(options.checks ?? checkGroups),
    storyRules,
    timeoutMs: options.timeoutMs ?? 30_000,
    crops: options.crops ?? 3,
    screenshots: new Map(),
    scripts: await loadAxeScripts(),
    onAxeVersion: (v) => (axeVersion = v),
  };
  let done = 0;
  const finish = (job: Job, result: PageResult) => {
    results[job.index] = result;
    options.onProgress?.(++done, jobs.length, result);
  };
  // Jobs of the same page stay together: a story is loaded once and switched from theme to
  // theme in place, which saves loading Storybook again each time.
  const byTarget = new Map<string, Job[]>();
  for (const job of jobs) byTarget.set(job.target.id, [...(byTarget.get(job.target.id) ?? []), job]);
  const browser = await chromium.launch({ executablePath: options.chromium, args: chromiumArgs, timeout: 60_000 });
  try {
    await runPool([...byTarget.values()], options.concurrency ?? 2, async () => {
      const tabs = await openTabs(browser);
      return { run: (group) => auditTarget(tabs, group, ctx, finish), stop: () => tabs.close() };
    });
  } finally {
    await browser.close();
  }
  const report: AuditReport = {
    tool: { name: 'elder-audit', version, axeVersion },
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    input: options.input.kind === 'storybook' ? { ...options.input, storyRules } : options.input,
    themes: options.themes.map(themeName),
    shard,
    totals: countResults(results),
    ...summarise(results),
    switchedOff: switchedOffByStories(results),
    pages: results,
  };
  return { report, screenshots: ctx.screenshots };
}
