import { resolve } from 'node:path';
import { parseCli, usage } from './args.ts';
import { runAudit } from './audit.ts';
import { findChromium } from './chromium.ts';
import { firstLine, UsageError } from './errors.ts';
import { createProgress, type ProgressStream } from './progress.ts';
import { writeReports } from './reports.ts';
import { loadStorybook, type StorybookInput } from './storybook.ts';
import type { AuditReport } from './types.ts';
import { version } from './version.ts';

/** Where {@link main} reads and writes. */
export interface MainIo {
  /** Summary output. @default process.stdout */
  stdout: { write: (text: string) => unknown };
  /** Errors and the progress bar. @default process.stderr */
  stderr: ProgressStream;
  /** Environment (for `EUI_CHROMIUM`, `CHROMIUM_PATH`). @default process.env */
  env: NodeJS.ProcessEnv;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The short text summary printed at the end of a run. */
export function textSummary(report: AuditReport, written: string[]): string {
  const lines: string[] = [];
  const { totals } = report;
  lines.push(
    `Audited ${plural(totals.pages, 'page')} × theme in ${(report.durationMs / 1000).toFixed(1)} s: ${plural(totals.violationNodes, 'violation')}, ${totals.reviewNodes} to review${totals.errors ? `, ${totals.errors} not audited` : ''}.`,
  );
  for (const page of report.pages) {
    if (page.error) lines.push(`  ✗ ${page.target.title} (${page.themeName}): ${page.error}`);
    for (const f of page.violations) {
      const refs = [...f.wcag.map((c) => `WCAG ${c}`), ...f.miit.map((c) => `MIIT ${c}`)].join(', ');
      lines.push(`  ✗ ${page.target.title} (${page.themeName}): ${f.check}${refs ? ` [${refs}]` : ''}: ${f.help} (${plural(f.nodes.length, 'element')})`);
    }
  }
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
 * @returns The exit code: 0 clean, 1 violations or pages not audited, 2 usage error.
 */
export async function main(argv: readonly string[], io: MainIo = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`elder-audit: ${message}\nRun "elder-audit --help" for usage.\n`);
    return 2;
  };
  let options;
  try {
    options = parseCli(argv);
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

  let chromium: string;
  let input: StorybookInput;
  try {
    chromium = findChromium(options.chromium, io.env);
    input = options.storybook
      ? await loadStorybook(options.storybook, { include: options.include, exclude: options.exclude })
      : { targets: options.urls, source: options.urls.map((u) => u.url).join(', '), close: async () => undefined };
    if (input.targets.length === 0) {
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
      chromium,
      input: { kind: options.storybook ? 'storybook' : 'urls', source: options.storybook ? [input.source] : options.urls.map((u) => u.url) },
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
    return fail(/launch|executable|spawn/i.test(message) ? `Could not start Chromium at ${chromium}: ${message}` : message);
  } finally {
    progress.finish();
    await input.close();
  }
  const written = await writeReports(resolve(options.out), outcome.report, outcome.screenshots, options.formats);
  const { totals } = outcome.report;
  if (!options.quiet) io.stdout.write(textSummary(outcome.report, written));
  else if (totals.violations || totals.errors) io.stderr.write(textSummary(outcome.report, []));
  return totals.violations > 0 || totals.errors > 0 ? 1 : 0;
}
