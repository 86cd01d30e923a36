import { compareCriteria, miitClauses, wcagCriteria } from './criteria.ts';
import type { AuditReport, CriterionSummary, Finding, Outcome, PageResult, SwitchedOff } from './types.ts';

type Counts = { failed: number; cantTell: number; passed: number; checks: Set<string> };

/**
 * Rolls page results up per WCAG criterion and per MIIT clause: failed if any page × theme
 * failed it, else needs review (`cantTell`) if any could not decide, else passed. Criteria no
 * check covers are listed as `untested` (WCAG A and AA only, so the list reads as a checklist).
 */
export function summarise(pages: readonly PageResult[]): { wcag: CriterionSummary[]; miit: CriterionSummary[] } {
  const wcag = new Map<string, Counts>();
  const miit = new Map<string, Counts>();
  const bump = (map: Map<string, Counts>, id: string, key: 'failed' | 'cantTell' | 'passed', checks: Set<string>) => {
    const entry = map.get(id) ?? { failed: 0, cantTell: 0, passed: 0, checks: new Set<string>() };
    entry[key]++;
    for (const check of checks) entry.checks.add(check);
    map.set(id, entry);
  };
  for (const page of pages) {
    if (page.error) continue;
    // Count each criterion once per page: failed wins over review, review over passed.
    const perPage = (kind: 'wcag' | 'miit') => {
      const state = new Map<string, { outcome: 'failed' | 'cantTell' | 'passed'; checks: Set<string> }>();
      const rank = { failed: 3, cantTell: 2, passed: 1 } as const;
      const note = (id: string, outcome: 'failed' | 'cantTell' | 'passed', check: string) => {
        const current = state.get(id);
        if (!current) state.set(id, { outcome, checks: new Set([check]) });
        else {
          current.checks.add(check);
          if (rank[outcome] > rank[current.outcome]) current.outcome = outcome;
        }
      };
      for (const f of page.violations) for (const id of f[kind]) note(id, 'failed', f.check);
      for (const f of page.review) for (const id of f[kind]) note(id, 'cantTell', f.check);
      for (const p of page.passes) for (const id of p[kind]) note(id, 'passed', p.check);
      return state;
    };
    for (const [kind, map] of [
      ['wcag', wcag],
      ['miit', miit],
    ] as const) {
      for (const [id, { outcome, checks }] of perPage(kind)) bump(map, id, outcome, checks);
    }
  }
  const outcomeOf = (c: Counts | undefined): Outcome =>
    !c ? 'untested' : c.failed > 0 ? 'failed' : c.cantTell > 0 ? 'cantTell' : c.passed > 0 ? 'passed' : 'untested';
  const row = (id: string, title: string, c: Counts | undefined, level?: string): CriterionSummary => ({
    id,
    title,
    ...(level ? { level } : {}),
    outcome: outcomeOf(c),
    failed: c?.failed ?? 0,
    cantTell: c?.cantTell ?? 0,
    passed: c?.passed ?? 0,
    checks: [...(c?.checks ?? [])].sort(),
  });
  const wcagIds = new Set([...[...wcagCriteria.values()].filter((c) => c.level !== 'AAA' && c.id !== '4.1.1').map((c) => c.id), ...wcag.keys()]);
  const wcagRows = [...wcagIds].sort(compareCriteria).map((id) => {
    const criterion = wcagCriteria.get(id);
    return row(id, criterion?.title ?? id, wcag.get(id), criterion?.level);
  });
  const miitIds = new Set([...miitClauses.keys(), ...miit.keys()]);
  const miitRows = [...miitIds].sort(compareCriteria).map((id) => row(id, miitClauses.get(id)?.title ?? id, miit.get(id)));
  return { wcag: wcagRows, miit: miitRows };
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

/** The counts at the top of a report. */
export function countResults(results: readonly PageResult[]): AuditReport['totals'] {
  const nodes = (list: Finding[]) => list.reduce((sum, f) => sum + f.nodes.length, 0);
  return {
    pages: results.length,
    errors: results.filter((r) => r.error).length,
    violations: results.reduce((sum, r) => sum + r.violations.length, 0),
    violationNodes: results.reduce((sum, r) => sum + nodes(r.violations), 0),
    review: results.reduce((sum, r) => sum + r.review.length, 0),
    reviewNodes: results.reduce((sum, r) => sum + nodes(r.review), 0),
  };
}
