/** One page in one theme: open it, run each chosen check in turn, and gather what they find. */
import type { ElderThresholds } from '@elder-ui/axe-rules';
import { themeAttributes } from '@elder-ui/tokens/contract';
import type { Browser, Page } from 'playwright-core';
import { cleanHtml, runAxe } from './axe-run.ts';
import { browserCheckUrls, browserChecks, type CheckGroup } from './checks.ts';
import { cropper } from './crops.ts';
import { firstLine } from './errors.ts';
import { keyboardWalk } from './keyboard.ts';
import { jobUrl, openJob, settle, type Job } from './open-page.ts';
import { findBoundaries, findClipping, findReflow, markScopes, scaleText, storySwitches, textSpacingCss, type PageNode } from './page-checks.ts';
import { desktopViewport, type Tabs } from './tabs.ts';
import { themeName } from './themes.ts';
import type { ElderSetting, Finding, PageResult } from './types.ts';

/** What every page of an audit shares. */
export interface PageContext {
  checks: ReadonlySet<CheckGroup>;
  storyRules: 'honour' | 'ignore';
  timeoutMs: number;
  /** Crops per failed check. */
  crops: number;
  /** Where crops go, by file name. */
  screenshots: Map<string, Uint8Array>;
  /** axe-core and the elder rules' script. */
  scripts: string[];
  onAxeVersion: (version: string) => void;
  /** `--elder`. */
  elder: ElderSetting;
  /** `--elder-scope`, or null for the whole page. */
  elderScope: string | null;
  /** The elder rules' numbers. */
  thresholds: ElderThresholds;
}

/**
 * Whether the browser has gone away, or goes within `graceMs`: after a failure the disconnection
 * may not have been noticed yet, and a lost browser must not count as the page's failure.
 */
export async function browserGone(browser: Browser, graceMs = 1000): Promise<boolean> {
  if (!browser.isConnected()) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      browser.off('disconnected', onGone);
      resolve(!browser.isConnected());
    }, graceMs);
    const onGone = () => {
      clearTimeout(timer);
      resolve(true);
    };
    browser.once('disconnected', onGone);
  });
}

/** Thrown by {@link auditTarget} when its browser went away: the jobs it had not finished go back in the queue. */
export class ConnectionLostError extends Error {
  override name = 'ConnectionLostError';
  /** The job being audited when it happened; none when the tab was still opening. */
  readonly job: Job | undefined;

  constructor(message: string, job?: Job) {
    super(message);
    this.job = job;
  }
}

/** A result with nothing in it yet. */
export function emptyResult(job: Job, elder: Pick<PageContext, 'elder' | 'elderScope'> = { elder: 'auto', elderScope: null }): PageResult {
  return {
    target: job.target,
    theme: job.theme,
    themeName: themeName(job.theme),
    url: jobUrl(job.target, job.theme),
    elderRules: false,
    elder: { setting: elder.elder, ...(elder.elderScope !== null ? { scope: elder.elderScope } : {}) },
    attempts: 1,
    durationMs: 0,
    violations: [],
    review: [],
    passes: [],
    switchedOff: [],
    timings: {},
  };
}

/**
 * Audits the jobs of one target (its themes) in one tab, calling `done` with each result. A story
 * stays loaded from theme to theme; after a failure the next theme is loaded afresh. A page that
 * fails (does not load, times out, crashes its tab) is tried once more in a new tab before it is
 * reported as not audited.
 *
 * @throws {ConnectionLostError} When the browser goes away: the jobs not yet `done` are left to the caller.
 */
export async function auditTarget(
  browser: Browser,
  tabs: Tabs,
  jobs: readonly Job[],
  ctx: PageContext,
  done: (job: Job, result: PageResult) => void,
): Promise<void> {
  let current: Job | undefined;
  const lost = (error?: unknown) => new ConnectionLostError(`The browser went away${error ? `: ${firstLine(error)}` : ''}`, current);
  const open = async () => {
    try {
      const page = await tabs.open();
      page.setDefaultTimeout(ctx.timeoutMs);
      return page;
    } catch (error) {
      if (await browserGone(browser)) throw lost(error);
      throw error;
    }
  };
  let page: Page;
  try {
    page = await open();
  } catch (error) {
    if (error instanceof ConnectionLostError) throw error;
    for (const job of jobs) done(job, { ...emptyResult(job, ctx), error: firstLine(error) });
    return;
  }
  let loaded = false;
  try {
    for (const job of jobs) {
      current = job;
      // A tab closed because the page before hung it is no place for the next one.
      if (page.isClosed()) {
        page = await open();
        loaded = false;
      }
      let result = await auditWithin(page, job, loaded, ctx);
      if (result.error) {
        if (await browserGone(browser)) throw lost();
        // Once more in a fresh tab: a crashed or stuck tab is not the page's fault.
        await page.close().catch(() => undefined);
        page = await open();
        const second = await auditWithin(page, job, false, ctx);
        if (second.error && (await browserGone(browser))) throw lost();
        result = { ...second, attempts: 2, ...(second.error ? { error: `${second.error} (tried twice; first: ${result.error})` } : {}) };
      }
      // After a failure the page may be in any state.
      loaded = !result.error;
      done(job, result);
    }
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * {@link auditPage} with a time limit on the whole page (four times the load timeout): a page
 * whose scripts hang the tab after it has loaded is closed, which ends the checks waiting on it.
 */
async function auditWithin(page: Page, job: Job, loaded: boolean, ctx: PageContext): Promise<PageResult> {
  const limitMs = ctx.timeoutMs * 4;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), limitMs)));
  const run = auditPage(page, job, loaded, ctx);
  const first = await Promise.race([run, late]);
  clearTimeout(timer);
  if (first !== 'late') return first;
  await page.close().catch(() => undefined);
  const result = await run;
  return { ...result, error: `The page did not finish its checks within ${limitMs / 1000} s (four times --timeout): it may hang its tab` };
}

/** Audits one page in one theme; never throws (a failure becomes `error`). */
async function auditPage(page: Page, job: Job, loaded: boolean, ctx: PageContext): Promise<PageResult> {
  const started = Date.now();
  const result = emptyResult(job, ctx);
  let lap = started;
  const mark = (phase: string) => {
    const now = Date.now();
    result.timings[phase] = now - lap;
    lap = now;
  };
  const crop = cropper(page, job.index, ctx.crops, ctx.screenshots);
  // Checks the story switches off for itself: skipped here, and listed where they would have run.
  let skip: string[] = [];
  const record = async (id: string, nodes: PageNode[], outcome: 'failed' | 'cantTell' = 'failed') => {
    if (skip.includes(id)) return;
    const check = browserChecks[id]!;
    if (nodes.length === 0) {
      if (outcome === 'failed') result.passes.push({ check: id, source: 'elder-audit', wcag: check.wcag, miit: check.miit });
      return;
    }
    const finding: Finding = {
      check: id,
      source: 'elder-audit',
      outcome,
      impact: 'serious',
      help: check.help,
      description: check.description,
      helpUrl: browserCheckUrls[id] ?? '',
      wcag: check.wcag,
      miit: check.miit,
      fixHint: check.fixHint,
      nodes: await crop(nodes.map((node) => ({ ...node, html: cleanHtml(node.html) }))),
    };
    (outcome === 'failed' ? result.violations : result.review).push(finding);
  };

  try {
    await openJob(page, job, ctx.timeoutMs, loaded);
    const scopes = await page.evaluate(markScopes, {
      attributes: themeAttributes,
      fallback: { mode: job.theme?.mode ?? null, contrast: job.theme?.contrast ?? null },
      elder: ctx.elder,
      scope: ctx.elderScope,
    });
    if (scopes.scopeError) throw new Error(scopes.scopeError);
    result.elderRules = scopes.elder;
    if (ctx.elderScope !== null) result.elder.scopeMatches = scopes.scopeMatches;
    if (job.target.kind === 'story' && ctx.storyRules === 'honour') skip = await page.evaluate(storySwitches);
    const skipped = new Set(skip.filter((id) => browserChecks[id] && ctx.checks.has(browserChecks[id].group)));
    mark('open');

    if (ctx.checks.has('axe')) {
      const axe = await runAxe(page, ctx.scripts, scopes, skip, crop, { thresholds: ctx.thresholds, everywhere: ctx.elder === 'on' });
      ctx.onAxeVersion(axe.version);
      result.violations.push(...axe.violations);
      result.review.push(...axe.review);
      result.passes.push(...axe.passes);
      for (const id of axe.switched) skipped.add(id);
      mark('axe');
    }
    result.switchedOff = [...skipped].sort();

    if (ctx.checks.has('keyboard')) {
      const walk = await keyboardWalk(page, false);
      await record('keyboard-trap', walk.trap);
      await record('keyboard-reachable', walk.unreached);
      await record('focus-visible', walk.invisible);
      mark('keyboard');
    }

    if (ctx.checks.has('forced-colors')) {
      await page.evaluate(findBoundaries, { phase: 'before' as const });
      await page.emulateMedia({ forcedColors: 'active' });
      await settle(page);
      await record('forced-colors-boundary', await page.evaluate(findBoundaries, { phase: 'after' as const }));
      const walk = await keyboardWalk(page, true);
      await record('forced-colors-focus', walk.invisible);
      await page.emulateMedia({ forcedColors: 'none' });
      await settle(page);
      mark('forced-colors');
    }

    if (ctx.checks.has('reflow')) {
      await page.setViewportSize({ width: 320, height: 640 });
      await settle(page);
      const reflow = await page.evaluate(findReflow);
      const twoD = reflow.nodes.filter((n) => n.twoDimensional).map(({ twoDimensional: _, ...n }) => n);
      const flat = reflow.nodes.filter((n) => !n.twoDimensional).map(({ twoDimensional: _, ...n }) => n);
      if (reflow.scrollWidth > reflow.width + 1 && flat.length === 0 && twoD.length === 0) {
        flat.push({ selector: 'html', html: '<html>', summary: `At ${reflow.width} CSS px wide the page is ${reflow.scrollWidth}px wide and scrolls sideways.` });
      }
      await record('reflow', flat);
      if (twoD.length) await record('reflow', twoD, 'cantTell');
      await page.setViewportSize(desktopViewport);
      await settle(page);
      mark('reflow');
    }

    if (ctx.checks.has('text-spacing')) {
      await page.evaluate(findClipping, { mark: true });
      const style = await page.addStyleTag({ content: textSpacingCss });
      await settle(page);
      await record('text-spacing', await page.evaluate(findClipping, { mark: false }));
      await style.evaluate((el) => (el as Element).remove());
      await settle(page);
      mark('text-spacing');
    }

    if (ctx.checks.has('text-resize')) {
      await page.evaluate(findClipping, { mark: true });
      await page.evaluate(scaleText, 2);
      await settle(page);
      await record('text-resize', await page.evaluate(findClipping, { mark: false }));
      mark('text-resize');
    }
  } catch (error) {
    result.error = firstLine(error);
  }
  result.durationMs = Date.now() - started;
  return result;
}
