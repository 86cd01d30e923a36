/** The axe run: axe-core and the elder rules injected into the page, and their results as findings. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ElderThresholds } from '@elder-ui/axe-rules';
import type { Page } from 'playwright-core';
import { fixHintFor } from './checks.ts';
import { miitFromTags, wcagFromTags } from './criteria.ts';
import { firstLine } from './errors.ts';
import type { PageNode } from './page-checks.ts';
import type { Finding, FindingNode, Passed } from './types.ts';

const require = createRequire(import.meta.url);

/**
 * axe-core and the elder rules' script build, read once per audit (a rebuild of a workspace
 * package during a long audit cannot pull them away). Retries briefly for that same reason.
 */
export async function loadAxeScripts(): Promise<string[]> {
  const modules = ['axe-core/axe.min.js', '@elder-ui/axe-rules/script'];
  for (let attempt = 1; ; attempt++) {
    try {
      return await Promise.all(modules.map((id) => readFile(require.resolve(id), 'utf8')));
    } catch (error) {
      if (attempt >= 5) throw new Error(`Cannot load ${modules.join(' and ')}: ${firstLine(error)}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}

/** An element's HTML for a report, without the attributes this tool adds while it works. */
export function cleanHtml(html: string): string {
  return html.replace(/\s+data-eui-audit-[a-z]+(="[^"]*")?/g, '').replace(/\s+style=""/g, '').slice(0, 300);
}

/** axe's target: frames joined by ` -> `, shadow roots by ` >>> `. */
function formatTarget(target: unknown[]): string {
  return target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' -> ');
}

interface AxeResultLite {
  id: string;
  impact: string | null;
  help: string;
  description: string;
  helpUrl: string;
  tags: string[];
  nodes: { target: unknown[]; html: string; summary: string }[];
}

/** What {@link runAxe} found on one page. */
export interface AxeOutcome {
  /** The axe-core version that ran. */
  version: string;
  /** The rules of `off` that would otherwise have run here. */
  switched: string[];
  violations: Finding[];
  review: Finding[];
  passes: Passed[];
}

/** How the elder rules are registered in the page before they run. */
export interface ElderRuleSetup {
  /** The numbers they judge by. */
  thresholds: ElderThresholds;
  /**
   * `--elder on` judges every element as elder mode, so the rules' own skipping of
   * `data-eui-mode="standard"` subtrees is switched off, and `elder-motion` checks everything
   * in scope rather than only what the mode attribute marks as elder.
   */
  everywhere: boolean;
}

/**
 * Runs axe: WCAG A/AA on the whole page, then the elder rules (registered with `setup`) and AAA
 * contrast in the scopes `markScopes` marked, without the rules in `off`. Violations get crops
 * from `crop`.
 */
export async function runAxe(
  page: Page,
  scripts: string[],
  scopes: { elder: boolean; enhanced: boolean },
  off: string[],
  crop: (nodes: PageNode[]) => Promise<FindingNode[]>,
  setup: ElderRuleSetup,
): Promise<AxeOutcome> {
  const present = await page.evaluate(() => 'axe' in window && 'ElderAxeRules' in window);
  if (!present) for (const content of scripts) await page.addScriptTag({ content });
  const raw = await page.evaluate(
    async ({ elder, enhanced, off, setup }) => {
      type RawNode = { target: unknown[]; html: string; failureSummary?: string; any: { message: string }[]; all: { message: string }[]; none: { message: string }[] };
      type RawResult = { id: string; impact?: string | null; help: string; description: string; helpUrl: string; tags: string[]; nodes: RawNode[] };
      type Results = { violations: RawResult[]; incomplete: RawResult[]; passes: RawResult[] };
      const w = window as unknown as {
        axe: { version: string; run: (context: unknown, options: object) => Promise<Results>; getRules: (tags?: string[]) => { ruleId: string }[] };
        ElderAxeRules: {
          elderRunOptions: (options: object) => { runOnly: { values: string[] } };
          registerElderRules: (axe: unknown, options: object) => unknown;
        };
      };
      w.ElderAxeRules.registerElderRules(w.axe, {
        thresholds: setup.thresholds,
        standardScopes: !setup.everywhere,
        motion: { everywhere: setup.everywhere },
      });
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
    { elder: scopes.elder, enhanced: scopes.enhanced, off, setup },
  );
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
      nodes: outcome === 'failed' ? await crop(nodes) : nodes,
    };
  };
  const violations: Finding[] = [];
  for (const r of raw.violations) violations.push(await toFinding(r, 'failed'));
  const review: Finding[] = [];
  for (const r of raw.incomplete) review.push(await toFinding(r, 'cantTell'));
  return {
    version: raw.version,
    switched: raw.switched,
    violations,
    review,
    passes: raw.passes.map((p) => ({ check: p.id, source: 'axe', wcag: wcagFromTags(p.tags), miit: miitFromTags(p.tags) })),
  };
}
