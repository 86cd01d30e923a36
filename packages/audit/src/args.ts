import { parseArgs } from 'node:util';
import { themeAttributes } from '@elder-ui/tokens/contract';
import { checkGroups, type CheckGroup } from './checks.ts';
import { UsageError } from './errors.ts';
import { reportFormats, type ReportFormat } from './reports.ts';
import { parseShard, urlTarget } from './targets.ts';
import { parseThemes } from './themes.ts';
import type { AuditTarget, Theme } from './types.ts';

/** The command line, read and checked. */
export interface CliOptions {
  /** Show the help and stop. */
  help: boolean;
  /** Show the version and stop. */
  version: boolean;
  /** URL inputs. */
  urls: AuditTarget[];
  /** A Storybook static build: a folder or a URL. */
  storybook?: string;
  /** Themes to visit. */
  themes: (Theme | null)[];
  /** Output folder. */
  out: string;
  /** Report formats to write. */
  formats: ReportFormat[];
  /** Pages at once. */
  concurrency: number;
  /** Which part of the work this machine does. */
  shard: { index: number; total: number };
  /** The `--chromium` flag. */
  chromium?: string;
  /** Check groups to run. */
  checks: CheckGroup[];
  /** Story filters. */
  include: string[];
  /** Story filters. */
  exclude: string[];
  /** Honour the checks a story switches off for itself, or run them anyway. */
  storyRules: 'honour' | 'ignore';
  /** Per-page time limit, ms. */
  timeoutMs: number;
  /** Screenshot crops per failed check and page. */
  crops: number;
  /** Draw the progress bar (on a terminal). */
  progress: boolean;
  /** Print only errors. */
  quiet: boolean;
}

/** The `--help` text. */
export const usage = `Usage: elder-audit [options] <url...>
       elder-audit [options] --storybook <folder|url>

Audits pages in headless Chromium: axe-core with WCAG 2.2 A/AA (plus AAA contrast in elder and
high-contrast themes) and the Elder UI elder-mode rules (elder themes only), reflow at 320 px,
text at 200 %, WCAG 1.4.12 text spacing, forced colours and a keyboard walk.

Input
  <url...>                   pages to audit (http:, https: or file:)
  --storybook <folder|url>   a Storybook static build (reads index.json; visits every story)
  --include <text>           only stories whose id or title contains text (repeatable)
  --exclude <text>           leave out stories whose id or title contains text (repeatable)
  --ignore-story-rules       run the checks a story switches off in its own parameters.a11y
                             (by default they are skipped on that story and listed in the report)

Themes
  --themes <list>            all (default) | none | names such as elder-dark-high, with * for
                             any axis value: "elder-*-*,standard-light-standard".
                             Stories get themes through Storybook globals; URLs get them as
                             ${themeAttributes.mode} / -scheme / -contrast attributes on <html>.
                             none: pages as they are (elder rules run if <html> says elder).

Checks
  --checks <list>            ${checkGroups.join(',')} (default: all)
  --timeout <ms>             time a page may take to load and render (default 30000)

Output
  --out <folder>             where reports go (default elder-audit-report)
  --format <list>            ${reportFormats.join(',')} (default: all three)
  --crops <n>                screenshot crops per failed check and page (default 3; 0: none)

Running
  --concurrency <n>          pages audited at once (default 2)
  --shard <i/n>              audit only part i of n of the page × theme list (CI machines)
  --chromium <path>          Chromium or Chrome to use (else EUI_CHROMIUM, CHROMIUM_PATH,
                             /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome)
  --no-progress              no progress bar (it is drawn only on a terminal anyway)
  --quiet                    print only errors
  -h, --help                 this text
  -v, --version              the version

Exit codes: 0 no violations; 1 violations found (or a page could not be audited);
2 usage error (bad flag or URL, unreadable build, Chromium missing).
`;

function list<T extends string>(value: string, allowed: readonly T[], flag: string): T[] {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 1 && items[0] === 'all') return [...allowed];
  for (const item of items) {
    if (!allowed.includes(item as T)) throw new UsageError(`${flag}: "${item}" is not one of ${allowed.join(', ')}.`);
  }
  if (items.length === 0) throw new UsageError(`${flag} needs at least one of ${allowed.join(', ')}.`);
  return items as T[];
}

function integer(value: string, flag: string, min: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min) throw new UsageError(`${flag}: "${value}" is not a whole number ≥ ${min}.`);
  return n;
}

/**
 * Reads the command line (without `node` and the script).
 *
 * @throws {UsageError} For unknown flags, bad values, no input, or both kinds of input.
 */
export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        storybook: { type: 'string' },
        themes: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        concurrency: { type: 'string' },
        shard: { type: 'string' },
        chromium: { type: 'string' },
        checks: { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        'ignore-story-rules': { type: 'boolean' },
        timeout: { type: 'string' },
        crops: { type: 'string' },
        'no-progress': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const help = Boolean(values.help);
  const version = Boolean(values.version);
  const options: CliOptions = {
    help,
    version,
    urls: [],
    themes: parseThemes(values.themes ?? 'all'),
    out: values.out ?? 'elder-audit-report',
    formats: values.format ? list(values.format, reportFormats, '--format') : [...reportFormats],
    concurrency: values.concurrency ? integer(values.concurrency, '--concurrency', 1) : 2,
    shard: values.shard ? parseShard(values.shard) : { index: 1, total: 1 },
    checks: values.checks ? list(values.checks, checkGroups, '--checks') : [...checkGroups],
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    storyRules: values['ignore-story-rules'] ? 'ignore' : 'honour',
    timeoutMs: values.timeout ? integer(values.timeout, '--timeout', 1000) : 30_000,
    crops: values.crops ? integer(values.crops, '--crops', 0) : 3,
    progress: !values['no-progress'],
    quiet: Boolean(values.quiet),
  };
  if (values.storybook !== undefined) options.storybook = values.storybook;
  if (values.chromium !== undefined) options.chromium = values.chromium;
  if (help || version) return options;
  if (values.storybook === undefined && positionals.length === 0) {
    throw new UsageError('Nothing to audit: give one or more URLs, or --storybook <folder|url>.');
  }
  if (values.storybook !== undefined && positionals.length > 0) {
    throw new UsageError('Give URLs or --storybook, not both.');
  }
  if (values.storybook === '') throw new UsageError('--storybook needs a folder or URL.');
  options.urls = positionals.map(urlTarget);
  return options;
}
