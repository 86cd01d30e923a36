/**
 * Baselines, so a team can adopt the audit on a site that already has violations: only those
 * not in the baseline fail, matched by rule, page, theme and element selector.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { UsageError } from './errors.ts';
import type { AuditReport, BaselineEntry } from './types.ts';

/** What `--update-baseline` writes: the violations of a run, one entry per element. */
export interface BaselineFile {
  /** Marks the file and its shape. */
  elderAuditBaseline: 1;
  /** When it was written (ISO 8601). */
  createdAt: string;
  /** Every violation, sorted. */
  violations: BaselineEntry[];
}

const key = (e: BaselineEntry) => JSON.stringify([e.rule, e.page, e.theme, e.selector]);

/** Every violation of a report, one entry per element, sorted. Pages not audited have none. */
export function baselineEntries(report: Pick<AuditReport, 'pages'>): BaselineEntry[] {
  const entries = new Map<string, BaselineEntry>();
  for (const page of report.pages) {
    for (const finding of page.violations) {
      for (const node of finding.nodes) {
        const entry = { rule: finding.check, page: page.target.id, theme: page.themeName, selector: node.selector };
        entries.set(key(entry), entry);
      }
    }
  }
  return [...entries.values()].sort((a, b) => key(a).localeCompare(key(b)));
}

/**
 * Reads a baseline: a file written by `--update-baseline`, or any `report.json` of an earlier run.
 *
 * @throws {UsageError} When it cannot be read or is neither.
 */
export async function readBaseline(path: string): Promise<BaselineEntry[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UsageError(
      missing
        ? `--baseline: ${path} does not exist. Write one first with --baseline ${path} --update-baseline.`
        : `--baseline: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof data === 'object' && data !== null) {
    const record = data as Partial<BaselineFile> & Partial<AuditReport>;
    if (record.elderAuditBaseline === 1 && Array.isArray(record.violations)) return record.violations;
    if (Array.isArray(record.pages)) return baselineEntries(record as AuditReport);
  }
  throw new UsageError(`--baseline: ${path} is neither an elder-audit report.json nor a baseline written by --update-baseline.`);
}

/** Writes the baseline file of a report. */
export async function writeBaseline(path: string, report: AuditReport): Promise<void> {
  const file: BaselineFile = { elderAuditBaseline: 1, createdAt: report.startedAt, violations: baselineEntries(report) };
  await writeFile(path, `${JSON.stringify(file, null, 2)}\n`);
}

/**
 * Marks each violation's elements `new` or `unchanged` against the baseline, and adds the
 * summary to the report: counts, and the baseline violations that are gone from pages this run
 * audited (a page in another shard, or not audited, fixes nothing).
 */
export function applyBaseline(report: AuditReport, baseline: readonly BaselineEntry[], file: string): void {
  const known = new Set(baseline.map(key));
  let fresh = 0;
  let unchanged = 0;
  const found = new Set<string>();
  const audited = new Set<string>();
  for (const page of report.pages) {
    if (!page.error) audited.add(JSON.stringify([page.target.id, page.themeName]));
    for (const finding of page.violations) {
      for (const node of finding.nodes) {
        const k = key({ rule: finding.check, page: page.target.id, theme: page.themeName, selector: node.selector });
        found.add(k);
        node.baseline = known.has(k) ? 'unchanged' : 'new';
        if (known.has(k)) unchanged++;
        else fresh++;
      }
    }
  }
  const fixed = baseline.filter((e) => audited.has(JSON.stringify([e.page, e.theme])) && !found.has(key(e)));
  report.baseline = { file, new: fresh, unchanged, fixed, updated: false };
}
