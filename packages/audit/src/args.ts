import { parseArgs } from 'node:util';
import { resolveElderThresholds, type ElderThresholds } from '@elder-ui/axe-rules';
import { themeAttributes, themeStorageKey } from '@elder-ui/tokens/contract';
import { checkGroups, type CheckGroup } from './checks.ts';
import { elderSettings, loadConfig, type AuditConfig } from './config.ts';
import { UsageError } from './errors.ts';
import { defaultReportFormats, reportFormats, type ReportFormat } from './reports.ts';
import { parseShard, urlTarget } from './targets.ts';
import { parseThemes } from './themes.ts';
import type { AuditTarget, ElderSetting, Theme } from './types.ts';

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
  /** The config file read, if any. */
  configFile?: string;
  /** When pages are judged as elder mode. */
  elder: ElderSetting;
  /** Only this part of each page is judged as elder mode. */
  elderScope?: string;
  /** The elder rules' numbers. */
  thresholds: ElderThresholds;
  /** Sitemaps whose pages are audited. */
  sitemaps: string[];
  /** Pages to crawl from. */
  crawl: string[];
  /** The most pages one crawl collects. */
  maxPages: number;
  /** A Playwright storage state file. */
  storageState?: string;
  /** HTTP headers sent with every request. */
  headers: Record<string, string>;
  /** Remote browser endpoints; empty: launch Chromium here. */
  connect: string[];
  /** A baseline file. */
  baseline?: string;
  /** Write the baseline from this run. */
  updateBaseline: boolean;
}

/** The `--help` text. */
export const usage = `Usage: elder-audit [options] <url...>
       elder-audit [options] --storybook <folder|url>

Audits pages in headless Chromium: axe-core with WCAG 2.2 A/AA (plus AAA contrast in elder and
high-contrast themes) and the Elder UI elder-mode rules (elder themes only), reflow at 320 px,
text at 200 %, WCAG 1.4.12 text spacing, forced colours and a keyboard walk.

Input
  <url...>                   pages to audit (http:, https: or file:)
  --sitemap <url>            every page of a sitemap.xml or sitemap index (repeatable)
  --crawl <url>              pages found by following same-origin links from url, breadth-first
  --max-pages <n>            the most pages one crawl collects (default 50)
  --storybook <folder|url>   a Storybook static build (reads index.json; visits every story)
  --include <pattern>        only stories (id or title), or sitemap and crawl URLs, that match:
                             text they contain, a glob with *, or /regex/ (repeatable)
  --exclude <pattern>        leave out stories, or sitemap and crawl URLs, that match (repeatable)
  --storage-state <file>     a Playwright storage state (cookies, local storage) for pages
                             behind a login
  --header 'Name: value'     an HTTP header sent with every request (repeatable)
  --ignore-story-rules       run the checks a story switches off in its own parameters.a11y
                             (by default they are skipped on that story and listed in the report)

Themes
  --themes <list>            all (default) | none | names such as elder-dark-high, with * for
                             any axis value: "elder-*-*,standard-light-standard".
                             Stories get themes through Storybook globals; URLs get them as
                             ${themeAttributes.mode} / -scheme / -contrast attributes on <html>,
                             and stored under localStorage "${themeStorageKey}" before the page
                             runs, so a page built with the kit starts and stays in the theme.
                             none: pages as they are (elder rules run if <html> says elder).

Elder mode
  --elder auto|on|off        auto (default): the elder rules and AAA contrast apply where the
                             nearest ${themeAttributes.mode} says elder; on: on every page, whatever it
                             says (sites not built with Elder UI); off: never
  --elder-scope <selector>   judge only what the CSS selector matches as elder mode (implies on)
                             Thresholds (18 px text, 48/60 px targets, 1.5 line height, 7:1)
                             come from the config file's "thresholds".

Checks
  --checks <list>            ${checkGroups.join(',')} (default: all)
  --timeout <ms>             time a page may take to load and render (default 30000)

Output
  --out <folder>             where reports go (default elder-audit-report)
  --format <list>            ${reportFormats.join(',')} (default: json,html,earl)
  --crops <n>                screenshot crops per failed check and page (default 3; 0: none)
  --baseline <file>          fail only on violations not in this report.json (or baseline file),
                             matched by rule, page, theme and selector; fixed ones are listed
  --update-baseline          write the baseline file from this run (with --baseline)

Running
  --concurrency <n>          pages audited at once (default 2)
  --shard <i/n>              audit only part i of n of the page × theme list (CI machines)
  --chromium <path>          Chromium or Chrome to use (else EUI_CHROMIUM, CHROMIUM_PATH,
                             /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome)
  --connect <endpoint>       run in a remote browser instead (repeatable): a Playwright browser
                             server (ws://…) or CDP (http://…, ws://…/devtools/browser/…);
                             --concurrency pages are spread over them
  --config <file>            a config file (default: elder-audit.config.json here, if present);
                             flags given here win over it
  --no-progress              no progress bar (it is drawn only on a terminal anyway)
  --quiet                    print only errors
  -h, --help                 this text
  -v, --version              the version

Exit codes: 0 no violations (with --baseline: none new); 1 violations found; 2 usage error (bad
flag, URL or config, unreadable build, Chromium missing); 3 some pages not audited (they failed to
load, timed out or crashed twice, or a remote browser was lost), whatever else was found.
`;


function list<T extends string>(value: string | readonly string[], allowed: readonly T[], flag: string): T[] {
  const items = (typeof value === 'string' ? value.split(',') : [...value]).map((item) => item.trim()).filter(Boolean);
  if (items.length === 1 && items[0] === 'all') return [...allowed];
  for (const item of items) {
    if (!allowed.includes(item as T)) throw new UsageError(`${flag}: "${item}" is not one of ${allowed.join(', ')}.`);
  }
  if (items.length === 0) throw new UsageError(`${flag} needs at least one of ${allowed.join(', ')}.`);
  return items as T[];
}

function integer(value: string | number, flag: string, min: number): number {
  const text = String(value);
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < min) throw new UsageError(`${flag}: "${text}" is not a whole number ≥ ${min}.`);
  return n;
}

/** `'Name: value'` as a header. */
function header(value: string): [string, string] {
  const colon = value.indexOf(':');
  const name = colon > 0 ? value.slice(0, colon).trim() : '';
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
    throw new UsageError(`--header "${value}": use 'Name: value', such as --header 'Authorization: Bearer abc'.`);
  }
  return [name, value.slice(colon + 1).trim()];
}

/** A `--connect` endpoint: a ws:, wss:, http: or https: URL. */
function endpoint(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--connect "${value}" is not a URL: give a Playwright server's ws://host:port/path or a CDP endpoint such as http://host:9222.`);
  }
  if (!['ws:', 'wss:', 'http:', 'https:'].includes(url.protocol)) {
    throw new UsageError(`--connect "${value}": use a ws:, wss:, http: or https: endpoint.`);
  }
  return value;
}

const asList = (value: string | readonly string[] | undefined): string[] => (value === undefined ? [] : typeof value === 'string' ? [value] : [...value]);

/** Where {@link parseCli} looks for a config file. */
export interface ParseEnvironment {
  /**
   * The folder `elder-audit.config.json` is looked for in, and relative `--config` paths start from.
   * @default process.cwd()
   */
  cwd?: string;
}

/**
 * Reads the command line (without `node` and the script) over the config file (`--config`, or
 * `elder-audit.config.json` in `cwd`): each flag given wins over the file's key. When the command
 * line names any input (URLs, `--sitemap`, `--crawl`, `--storybook`), the file's inputs are not used.
 *
 * @throws {UsageError} For unknown flags, bad values, a bad config file, no input, or both kinds of input.
 */
export function parseCli(argv: readonly string[], environment: ParseEnvironment = {}): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        storybook: { type: 'string' },
        sitemap: { type: 'string', multiple: true },
        crawl: { type: 'string', multiple: true },
        'max-pages': { type: 'string' },
        themes: { type: 'string' },
        elder: { type: 'string' },
        'elder-scope': { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        concurrency: { type: 'string' },
        shard: { type: 'string' },
        chromium: { type: 'string' },
        connect: { type: 'string', multiple: true },
        checks: { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        'ignore-story-rules': { type: 'boolean' },
        'storage-state': { type: 'string' },
        header: { type: 'string', multiple: true },
        timeout: { type: 'string' },
        crops: { type: 'string' },
        baseline: { type: 'string' },
        'update-baseline': { type: 'boolean' },
        config: { type: 'string' },
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
  const loaded = help || version ? undefined : loadConfig(values.config, environment.cwd ?? process.cwd());
  const file: AuditConfig = loaded?.config ?? {};
  // Inputs come all from the command line or all from the file, never a mix.
  const flagInput = positionals.length > 0 || values.storybook !== undefined || values.sitemap !== undefined || values.crawl !== undefined;
  const input = flagInput
    ? { urls: positionals, storybook: values.storybook, sitemaps: values.sitemap ?? [], crawl: values.crawl ?? [] }
    : { urls: file.urls ?? [], storybook: file.storybook, sitemaps: asList(file.sitemap), crawl: asList(file.crawl) };

  const elderValue = values.elder ?? file.elder;
  const elderScope = values['elder-scope'] ?? file.elderScope;
  if (elderValue !== undefined && !(elderSettings as readonly string[]).includes(elderValue)) {
    throw new UsageError(`--elder: "${elderValue}" is not one of ${elderSettings.join(', ')}.`);
  }
  if (elderScope !== undefined && elderScope.trim() === '') throw new UsageError('--elder-scope needs a CSS selector, such as "#elder-section".');
  if (elderScope !== undefined && elderValue !== undefined && elderValue !== 'on') {
    throw new UsageError(`--elder-scope judges part of each page as elder mode, which --elder ${elderValue} contradicts: leave --elder out, or use --elder on.`);
  }
  let thresholds: ElderThresholds;
  try {
    thresholds = resolveElderThresholds(file.thresholds ?? {});
  } catch (error) {
    throw new UsageError(`${loaded?.path ?? 'config'}: "thresholds": ${error instanceof Error ? error.message : String(error)}`);
  }
  const headers: Record<string, string> = { ...file.headers };
  for (const value of values.header ?? []) {
    const [name, text] = header(value);
    headers[name] = text;
  }
  const themes = values.themes ?? (Array.isArray(file.themes) ? file.themes.join(',') : file.themes);
  const formats = values.format ?? file.format;
  const checks = values.checks ?? file.checks;
  const options: CliOptions = {
    help,
    version,
    urls: [],
    themes: parseThemes(themes ?? 'all'),
    out: values.out ?? file.out ?? 'elder-audit-report',
    formats: formats ? list(formats, reportFormats, '--format') : [...defaultReportFormats],
    concurrency: values.concurrency ? integer(values.concurrency, '--concurrency', 1) : (file.concurrency ?? 2),
    shard: values.shard ?? file.shard ? parseShard((values.shard ?? file.shard)!) : { index: 1, total: 1 },
    checks: checks ? list(checks, checkGroups, '--checks') : [...checkGroups],
    include: values.include ?? file.include ?? [],
    exclude: values.exclude ?? file.exclude ?? [],
    storyRules: (values['ignore-story-rules'] ?? file.ignoreStoryRules) ? 'ignore' : 'honour',
    timeoutMs: values.timeout ? integer(values.timeout, '--timeout', 1000) : (file.timeout ?? 30_000),
    crops: values.crops ? integer(values.crops, '--crops', 0) : (file.crops ?? 3),
    progress: values['no-progress'] ? false : (file.progress ?? true),
    quiet: Boolean(values.quiet ?? file.quiet),
    elder: elderScope !== undefined ? 'on' : ((elderValue as ElderSetting | undefined) ?? 'auto'),
    thresholds,
    sitemaps: input.sitemaps,
    crawl: input.crawl,
    maxPages: values['max-pages'] ? integer(values['max-pages'], '--max-pages', 1) : (file.maxPages ?? 50),
    headers,
    connect: (values.connect ?? asList(file.connect)).map(endpoint),
    updateBaseline: Boolean(values['update-baseline'] ?? file.updateBaseline),
  };
  if (loaded) options.configFile = loaded.path;
  if (elderScope !== undefined) options.elderScope = elderScope.trim();
  if (input.storybook !== undefined) options.storybook = input.storybook;
  const chromium = values.chromium ?? file.chromium;
  if (chromium !== undefined) options.chromium = chromium;
  const storageState = values['storage-state'] ?? file.storageState;
  if (storageState !== undefined) options.storageState = storageState;
  const baseline = values.baseline ?? file.baseline;
  if (baseline !== undefined) options.baseline = baseline;
  if (help || version) return options;
  if (options.updateBaseline && !options.baseline) throw new UsageError('--update-baseline writes the file named by --baseline <file>: give one.');
  const urlInputs = input.urls.length + input.sitemaps.length + input.crawl.length;
  if (input.storybook === undefined && urlInputs === 0) {
    throw new UsageError('Nothing to audit: give one or more URLs, --sitemap <url>, --crawl <url>, or --storybook <folder|url>.');
  }
  if (input.storybook !== undefined && urlInputs > 0) {
    throw new UsageError('Give URLs (listed, --sitemap or --crawl) or --storybook, not both.');
  }
  if (input.storybook === '') throw new UsageError('--storybook needs a folder or URL.');
  options.urls = input.urls.map(urlTarget);
  for (const [flag, list] of [
    ['--sitemap', input.sitemaps],
    ['--crawl', input.crawl],
  ] as const) {
    for (const url of list) {
      try {
        urlTarget(url);
      } catch (error) {
        throw new UsageError(`${flag}: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (flag === '--crawl' && !/^https?:/.test(url)) throw new UsageError(`--crawl "${url}": only http: and https: sites can be crawled.`);
    }
  }
  return options;
}
