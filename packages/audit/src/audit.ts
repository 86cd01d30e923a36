import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Page } from 'playwright-core';
import { browserCheckUrls, browserChecks, checkGroups, fixHintFor, type CheckGroup } from './checks.ts';
import { miitFromTags, wcagFromTags } from './criteria.ts';
import {
  boxOf,
  describeFocus,
  findBoundaries,
  findClipping,
  findReflow,
  installHelpers,
  markScopes,
  markTabbables,
  outlineWhenBlurred,
  resetPage,
  resetFocus,
  scaleText,
  storySwitches,
  textSpacingCss,
  unreached,
  type PageNode,
} from './page-checks.ts';
import { countChangedPixels, decodePng } from './png.ts';
import { summarise } from './summary.ts';
import { chromiumArgs } from './chromium.ts';
import { storybookGlobals, themeName } from './themes.ts';
import { selectShard } from './targets.ts';
import { version } from './version.ts';
import type { AuditReport, AuditTarget, Finding, FindingNode, PageResult, Passed, SwitchedOff, Theme } from './types.ts';

const require = createRequire(import.meta.url);

export { chromiumArgs };

/**
 * axe-core and the elder rules' script build, read once per audit (a rebuild of a workspace
 * package during a long audit cannot pull them away). Retries briefly for that same reason.
 */
async function loadScripts(): Promise<string[]> {
  const modules = ['axe-core/axe.min.js', '@elder-ui/axe-rules/script'];
  for (let attempt = 1; ; attempt++) {
    try {
      return await Promise.all(modules.map((id) => readFile(require.resolve(id), 'utf8')));
    } catch (error) {
      if (attempt >= 5) {
        throw new Error(`Cannot load ${modules.join(' and ')}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}

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

interface Job {
  index: number;
  target: AuditTarget;
  theme: Theme | null;
}

interface AxeNode {
  target: unknown[];
  html: string;
  summary: string;
}

interface AxeResultLite {
  id: string;
  impact: string | null;
  help: string;
  description: string;
  helpUrl: string;
  tags: string[];
  nodes: AxeNode[];
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
  const all: Job[] = options.targets.flatMap((target) => options.themes.map((theme) => ({ index: 0, target, theme })));
  const jobs = selectShard(all, shard).map((job, index) => ({ ...job, index }));
  const checks = new Set(options.checks ?? checkGroups);
  const screenshots = new Map<string, Uint8Array>();
  const results: PageResult[] = new Array(jobs.length);
  const scripts = await loadScripts();
  const browser = await chromium.launch({ executablePath: options.chromium, args: chromiumArgs, timeout: 60_000 });
  let axeVersion = '';
  try {
    // Jobs of the same page stay together: a story is loaded once and switched from theme to
    // theme in place (see switchStoryTheme), which saves loading Storybook again each time.
    const byTarget = new Map<string, Job[]>();
    for (const job of jobs) byTarget.set(job.target.id, [...(byTarget.get(job.target.id) ?? []), job]);
    const groups = [...byTarget.values()];
    let next = 0;
    let done = 0;
    const worker = async () => {
      // One context per worker, so its pages share the HTTP and code caches.
      const newContext = () => browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, bypassCSP: true });
      let context = await newContext();
      while (next < groups.length) {
        const group = groups[next++]!;
        let page: Page | undefined;
        let failure = '';
        for (let attempt = 0; attempt < 3 && !page; attempt++) {
          try {
            page = await context.newPage();
          } catch (error) {
            failure = error instanceof Error ? error.message.split('\n')[0]! : String(error);
            // A context (or its renderer) that cannot open tabs any more is replaced.
            await context.close().catch(() => undefined);
            context = await newContext();
          }
        }
        if (!page) {
          for (const job of group) {
            results[job.index] = { ...emptyResult(job), error: `Could not open a browser tab: ${failure}` };
            options.onProgress?.(++done, jobs.length, results[job.index]!);
          }
          continue;
        }
        page.setDefaultTimeout(options.timeoutMs ?? 30_000);
        let loaded = false;
        for (const job of group) {
          const result = await auditPage(page, job, loaded, {
            checks,
            timeoutMs: options.timeoutMs ?? 30_000,
            crops: options.crops ?? 3,
            screenshots,
            scripts,
            storyRules: options.storyRules ?? 'honour',
            onAxeVersion: (v) => (axeVersion = v),
          });
          // After a failure the page may be in any state: load the next theme afresh.
          loaded = !result.error;
          results[job.index] = result;
          options.onProgress?.(++done, jobs.length, result);
        }
        await page.close().catch(() => undefined);
      }
      await context.close();
    };
    const workers = Math.max(1, Math.min(options.concurrency ?? 2, jobs.length || 1));
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    await browser.close();
  }
  const { wcag, miit } = summarise(results);
  const count = (list: Finding[]) => list.reduce((sum, f) => sum + f.nodes.length, 0);
  const report: AuditReport = {
    tool: { name: 'elder-audit', version, axeVersion },
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    input: options.input.kind === 'storybook' ? { ...options.input, storyRules: options.storyRules ?? 'honour' } : options.input,
    themes: options.themes.map(themeName),
    shard,
    totals: {
      pages: results.length,
      errors: results.filter((r) => r.error).length,
      violations: results.reduce((sum, r) => sum + r.violations.length, 0),
      violationNodes: results.reduce((sum, r) => sum + count(r.violations), 0),
      review: results.reduce((sum, r) => sum + r.review.length, 0),
      reviewNodes: results.reduce((sum, r) => sum + count(r.review), 0),
    },
    wcag,
    miit,
    switchedOff: switchedOffByStories(results),
    pages: results,
  };
  return { report, screenshots };
}

/** The checks stories switched off, each with the stories that did (once per story, not per theme). */
export function switchedOffByStories(results: readonly PageResult[]): SwitchedOff[] {
  const byCheck = new Map<string, Map<string, SwitchedOff['stories'][number]>>();
  for (const result of results) {
    for (const check of result.switchedOff) {
      const stories = byCheck.get(check) ?? new Map<string, SwitchedOff['stories'][number]>();
      const { id, title, source } = result.target;
      stories.set(id, { id, title, ...(source ? { source } : {}) });
      byCheck.set(check, stories);
    }
  }
  return [...byCheck]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([check, stories]) => ({ check, stories: [...stories.values()].sort((a, b) => a.id.localeCompare(b.id)) }));
}

interface PageContext {
  checks: Set<CheckGroup>;
  storyRules: 'honour' | 'ignore';
  timeoutMs: number;
  crops: number;
  screenshots: Map<string, Uint8Array>;
  scripts: string[];
  onAxeVersion: (version: string) => void;
}

/** The URL a job opens: a story gets its theme through Storybook globals. */
export function jobUrl(target: AuditTarget, theme: Theme | null): string {
  return target.kind === 'story' && theme ? `${target.url}&globals=${storybookGlobals(theme)}` : target.url;
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * Switches the story already shown to another theme: updates Storybook's globals, then remounts
 * the story so it starts from a fresh state. False when the preview does not allow it.
 */
async function switchStoryTheme(page: Page, theme: Theme, timeoutMs: number): Promise<boolean> {
  await page.emulateMedia({ forcedColors: 'none' });
  await page.evaluate(resetPage);
  return page.evaluate(
    async ({ globals, timeout }) => {
      type Preview = {
        onUpdateGlobals?: (args: { globals: object }) => Promise<void>;
        onForceRemount?: (args: { storyId: string }) => Promise<void>;
        currentRender?: { id?: string; phase?: string };
      };
      const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: Preview }).__STORYBOOK_PREVIEW__;
      const storyId = preview?.currentRender?.id;
      if (!preview?.onUpdateGlobals || !preview.onForceRemount || !storyId) return false;
      const work = (async () => {
        await preview.onUpdateGlobals!({ globals });
        await preview.onForceRemount!({ storyId });
        return true;
      })();
      const ok = await Promise.race([work, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeout))]);
      const phase = preview.currentRender?.phase;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      // The theme root must show the new theme (when the story has one on <html> at all).
      const html = document.documentElement;
      const themed = Object.entries(globals).every(([axis, value]) => !html.hasAttribute(`data-eui-${axis}`) || html.getAttribute(`data-eui-${axis}`) === value);
      return ok && themed && (phase === 'finished' || phase === 'completed') && !document.body.classList.contains('sb-show-errordisplay');
    },
    { globals: { mode: theme.mode, scheme: theme.scheme, contrast: theme.contrast }, timeout: timeoutMs },
  );
}

async function open(page: Page, job: Job, timeoutMs: number, loaded: boolean): Promise<void> {
  if (loaded && job.target.kind === 'story' && job.theme && (await switchStoryTheme(page, job.theme, timeoutMs).catch(() => false))) {
    await settle(page);
    await page.evaluate(installHelpers);
    return;
  }
  const url = jobUrl(job.target, job.theme);
  let response;
  try {
    response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new Error(`Could not load ${url}: ${message.replace(/^page\.goto: /, '')}`);
  }
  if (response && response.status() >= 400) throw new Error(`Could not load ${url}: HTTP ${response.status()} ${response.statusText()}`);
  if (job.target.kind === 'story') {
    try {
      await page.waitForFunction(
        () => {
          const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__;
          const phase = preview?.currentRender?.phase;
          return phase === 'completed' || phase === 'finished' || phase === 'errored' || phase === 'aborted' || document.body.classList.contains('sb-show-errordisplay');
        },
        undefined,
        { timeout: timeoutMs, polling: 100 },
      );
    } catch {
      throw new Error(`Story ${job.target.id} did not finish rendering within ${timeoutMs} ms`);
    }
    const failure = await page.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay') ? (document.querySelector('#error-message')?.textContent ?? 'unknown error') : null,
    );
    if (failure) throw new Error(`Story ${job.target.id} failed to render: ${failure.trim().slice(0, 300)}`);
  } else if (job.theme) {
    const theme = job.theme;
    await page.evaluate((t) => {
      const html = document.documentElement;
      html.setAttribute('data-eui-mode', t.mode);
      html.setAttribute('data-eui-scheme', t.scheme);
      html.setAttribute('data-eui-contrast', t.contrast);
    }, theme);
  }
  await settle(page);
  await page.evaluate(installHelpers);
}

function emptyResult(job: Job): PageResult {
  return {
    target: job.target,
    theme: job.theme,
    themeName: themeName(job.theme),
    url: jobUrl(job.target, job.theme),
    elderRules: false,
    durationMs: 0,
    violations: [],
    review: [],
    passes: [],
    switchedOff: [],
    timings: {},
  };
}

/** Audits one page in one theme; never throws (a failure becomes `error`). */
async function auditPage(page: Page, job: Job, loaded: boolean, ctx: PageContext): Promise<PageResult> {
  const started = Date.now();
  const result = emptyResult(job);
  let shot = 0;
  let lap = Date.now();
  const mark = (phase: string) => {
    const now = Date.now();
    result.timings[phase] = now - lap;
    lap = now;
  };
  const crop = async (selector: string): Promise<string | undefined> => {
    if (ctx.crops === 0) return undefined;
    const box = await page.evaluate(boxOf, selector).catch(() => null);
    const viewport = page.viewportSize();
    if (!box || !viewport) return undefined;
    const pad = 8;
    const x = Math.max(0, Math.floor(box.x - pad));
    const y = Math.max(0, Math.floor(box.y - pad));
    const width = Math.min(Math.ceil(box.width + 2 * pad), 800, viewport.width - x);
    const height = Math.min(Math.ceil(box.height + 2 * pad), 400, viewport.height - y);
    if (width < 2 || height < 2) return undefined;
    try {
      const png = await page.screenshot({ clip: { x, y, width, height }, animations: 'disabled', caret: 'hide' });
      const name = `${String(job.index).padStart(4, '0')}-${++shot}.png`;
      ctx.screenshots.set(name, png);
      return name;
    } catch {
      return undefined;
    }
  };
  const withCrops = async (nodes: PageNode[]): Promise<FindingNode[]> => {
    const out: FindingNode[] = [];
    for (const [i, node] of nodes.entries()) {
      const screenshot = i < ctx.crops ? await crop(node.selector) : undefined;
      out.push(screenshot ? { ...node, screenshot } : node);
    }
    return out;
  };
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
      nodes: await withCrops(nodes.map((node) => ({ ...node, html: cleanHtml(node.html) }))),
    };
    (outcome === 'failed' ? result.violations : result.review).push(finding);
  };

  try {
    await open(page, job, ctx.timeoutMs, loaded);
    const scopes = await page.evaluate(markScopes, { mode: job.theme?.mode ?? null, contrast: job.theme?.contrast ?? null });
    result.elderRules = scopes.elder;
    if (job.target.kind === 'story' && ctx.storyRules === 'honour') skip = await page.evaluate(storySwitches);
    const skipped = new Set(skip.filter((id) => browserChecks[id] && ctx.checks.has(browserChecks[id].group)));
    mark('open');

    if (ctx.checks.has('axe')) {
      for (const id of await runAxe(page, ctx.scripts, scopes, skip, result, withCrops, ctx.onAxeVersion)) skipped.add(id);
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
      await page.setViewportSize({ width: 1280, height: 800 });
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
    result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
  result.durationMs = Date.now() - started;
  return result;
}

/**
 * Runs axe (WCAG A/AA, then the elder rules and AAA contrast in their scopes), without the rules
 * in `off`, into `result`. Returns the rules of `off` that would otherwise have run here.
 */
async function runAxe(
  page: Page,
  scripts: string[],
  scopes: { elder: boolean; enhanced: boolean },
  off: string[],
  result: PageResult,
  withCrops: (nodes: PageNode[]) => Promise<FindingNode[]>,
  onVersion: (version: string) => void,
): Promise<string[]> {
  const present = await page.evaluate(() => 'axe' in window && 'ElderAxeRules' in window);
  if (!present) for (const content of scripts) await page.addScriptTag({ content });
  const raw = await page.evaluate(
    async ({ elder, enhanced, off }) => {
      type RawNode = { target: unknown[]; html: string; failureSummary?: string; any: { message: string }[]; all: { message: string }[]; none: { message: string }[] };
      type RawResult = { id: string; impact?: string | null; help: string; description: string; helpUrl: string; tags: string[]; nodes: RawNode[] };
      type Results = { violations: RawResult[]; incomplete: RawResult[]; passes: RawResult[] };
      const w = window as unknown as {
        axe: { version: string; run: (context: unknown, options: object) => Promise<Results>; getRules: (tags?: string[]) => { ruleId: string }[] };
        ElderAxeRules: { elderRunOptions: (options: object) => { runOnly: { values: string[] } } };
      };
      // WCAG 2.2 A/AA on the whole page; the elder rules and AAA contrast only inside the scopes they apply to.
      const scoped = (flag: string) => ({ include: [[`[${flag}="1"]`]], exclude: [[`[${flag}="0"]`]] });
      // The story's own switches, for the rules that would run here (axe refuses an unknown one).
      const base = w.ElderAxeRules.elderRunOptions({ elder: false, enhancedContrast: false });
      const selected = new Set(w.axe.getRules(base.runOnly.values).map((rule) => rule.ruleId));
      if (elder) for (const rule of w.axe.getRules(['elder'])) selected.add(rule.ruleId);
      if (enhanced) selected.add('color-contrast-enhanced');
      const switched = off.filter((id) => selected.has(id));
      const rules = Object.fromEntries(switched.map((id) => [id, { enabled: false }]));
      const all: Results[] = [await w.axe.run(document, w.ElderAxeRules.elderRunOptions({ elder: false, enhancedContrast: false, rules }))];
      if (elder) all.push(await w.axe.run(scoped('data-eui-audit-elder'), { runOnly: { type: 'tag', values: ['elder'] }, rules }));
      if (enhanced && !switched.includes('color-contrast-enhanced')) {
        all.push(await w.axe.run(scoped('data-eui-audit-aaa'), { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] } }));
      }
      const slim = (list: RawResult[]) =>
        list.map((r) => ({
          id: r.id,
          impact: r.impact ?? null,
          help: r.help,
          description: r.description,
          helpUrl: r.helpUrl,
          tags: r.tags,
          nodes: r.nodes.map((n) => ({
            target: n.target,
            html: n.html,
            summary: n.failureSummary ?? [...n.any, ...n.all, ...n.none].map((c) => c.message).join('\n'),
          })),
        }));
      return {
        switched,
        version: w.axe.version,
        violations: slim(all.flatMap((r) => r.violations)),
        incomplete: slim(all.flatMap((r) => r.incomplete)),
        passes: all.flatMap((r) => r.passes).map((p) => ({ id: p.id, tags: p.tags })),
      };
    },
    { ...scopes, off },
  );
  onVersion(raw.version);
  const toFinding = async (r: AxeResultLite, outcome: 'failed' | 'cantTell'): Promise<Finding> => {
    const nodes: PageNode[] = r.nodes.map((n) => ({ selector: formatTarget(n.target), html: cleanHtml(n.html), summary: n.summary }));
    return {
      check: r.id,
      source: 'axe',
      outcome,
      ...(r.impact ? { impact: r.impact } : {}),
      help: r.help,
      description: r.description,
      helpUrl: r.helpUrl,
      wcag: wcagFromTags(r.tags),
      miit: miitFromTags(r.tags),
      fixHint: fixHintFor(r.id, r.help),
      // Review items keep every node but no crops, to keep reports small.
      nodes: outcome === 'failed' ? await withCrops(nodes) : nodes,
    };
  };
  for (const r of raw.violations) result.violations.push(await toFinding(r, 'failed'));
  for (const r of raw.incomplete) result.review.push(await toFinding(r, 'cantTell'));
  result.passes.push(...raw.passes.map((p): Passed => ({ check: p.id, source: 'axe', wcag: wcagFromTags(p.tags), miit: miitFromTags(p.tags) })));
  return raw.switched;
}

/** An element's HTML for a report, without the attributes this tool adds while it works. */
export function cleanHtml(html: string): string {
  return html.replace(/\s+data-eui-audit-[a-z]+(="[^"]*")?/g, '').replace(/\s+style=""/g, '').slice(0, 300);
}

/** axe's target: frames joined by ` -> `, shadow roots by ` >>> `. */
function formatTarget(target: unknown[]): string {
  return target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' -> ');
}

interface Walk {
  trap: PageNode[];
  unreached: PageNode[];
  invisible: PageNode[];
}

/** Presses Tab through the page, checking that each element reached shows its focus. */
async function keyboardWalk(page: Page, forced: boolean): Promise<Walk> {
  const walk: Walk = { trap: [], unreached: [], invisible: [] };
  const count = await page.evaluate(markTabbables);
  if (count === 0) return walk;
  await page.evaluate(resetFocus);
  const seen = new Set<string>();
  const reached: string[] = [];
  const groups: string[] = [];
  let previous: string | null = null;
  let stuck = 0;
  const limit = Math.min(count * 2 + 10, 150);
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(describeFocus);
    if (focus.kind === 'body' || !focus.id) break;
    if (focus.tab) reached.push(focus.tab);
    reached.push(...focus.within);
    if (focus.group) groups.push(focus.group);
    if (focus.id === previous && focus.kind !== 'frame') {
      if (++stuck >= 2) {
        walk.trap.push({ selector: focus.selector, html: focus.html, summary: 'Pressing Tab leaves the focus on this element: keyboard users cannot move on.' });
        break;
      }
      continue;
    }
    stuck = 0;
    if (seen.has(focus.id)) break;
    seen.add(focus.id);
    previous = focus.id;
    // An outline that appears on focus is a visible indicator; anything else is compared in screenshots.
    const outlined = focus.outlineVisible && (await page.evaluate(outlineWhenBlurred)) !== focus.outline;
    if (!outlined && focus.kind === 'element' && focus.rect && (await focusInvisible(page, focus.id, focus.rect))) {
      walk.invisible.push({
        selector: focus.selector,
        html: focus.html,
        summary: forced
          ? 'Under forced colours nothing visible changes when this element gets the keyboard focus.'
          : 'Nothing visible changes when this element gets the keyboard focus.',
      });
    }
  }
  // Behind a trap, what Tab cannot get to is unreachable too (2.1.1 as well as 2.1.2).
  if (!forced) walk.unreached = await page.evaluate(unreached, { reached, groups });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  return walk;
}

/** Compares the element focused and blurred; true when the difference is too small to see. */
async function focusInvisible(page: Page, id: string, rect: { x: number; y: number; width: number; height: number }): Promise<boolean> {
  const viewport = page.viewportSize();
  if (!viewport || rect.width === 0 || rect.height === 0) return false;
  const pad = 8;
  const x = Math.max(0, Math.floor(rect.x - pad));
  const y = Math.max(0, Math.floor(rect.y - pad));
  const width = Math.min(Math.ceil(rect.width + 2 * pad), viewport.width - x);
  const height = Math.min(Math.ceil(rect.height + 2 * pad), viewport.height - y);
  if (width < 2 || height < 2) return false;
  const clip = { x, y, width, height };
  const focused = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  const blurred = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  await page.evaluate((key) => document.querySelector<HTMLElement>(`[data-eui-audit-id="${key}"]`)?.focus({ preventScroll: true }), id);
  const changed = countChangedPixels(decodePng(focused), decodePng(blurred));
  const perimeter = 2 * (Math.min(rect.width, width) + Math.min(rect.height, height));
  return changed < Math.max(8, 0.2 * perimeter);
}
