/**
 * `elder-audit.config.json`: everything the flags say, in a file. Each key is described once
 * here; the validator and the published JSON Schema (`elder-audit.config.schema.json`, kept equal
 * to {@link configJsonSchema} by a test) are both read from that description.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { elderThresholdKeys } from '@elder-ui/axe-rules';
import { checkGroups } from './checks.ts';
import { UsageError } from './errors.ts';
import { reportFormats } from './reports.ts';

/** The file looked for in the working folder when `--config` is not given. */
export const defaultConfigFile = 'elder-audit.config.json';

/** The elder settings `--elder` takes. */
export const elderSettings = ['auto', 'on', 'off'] as const;

/** What a config file may hold: every flag, by the flag's name in camelCase. */
export interface AuditConfig {
  /** The schema, for editors. */
  $schema?: string;
  /** Pages to audit. */
  urls?: string[];
  /** A Storybook static build: a folder or a URL. */
  storybook?: string;
  /** Sitemaps (or sitemap indexes) whose pages are audited. */
  sitemap?: string | string[];
  /** Pages to crawl from, following same-origin links breadth-first. */
  crawl?: string | string[];
  /**
   * The most pages a crawl collects.
   * @default 50
   */
  maxPages?: number;
  /** Only stories, or sitemap and crawl URLs, that match. */
  include?: string[];
  /** Leave out stories, or sitemap and crawl URLs, that match. */
  exclude?: string[];
  /** Run the checks stories switch off for themselves. */
  ignoreStoryRules?: boolean;
  /**
   * Themes: `all`, `none`, or names with `*`.
   * @default 'all'
   */
  themes?: string | string[];
  /**
   * When pages are judged as elder mode.
   * @default 'auto'
   */
  elder?: (typeof elderSettings)[number];
  /** Judge only the part of each page this selector matches as elder mode. */
  elderScope?: string;
  /**
   * The elder rules' numbers (`ElderThresholds` of `@elder-ui/axe-rules`, any of them).
   * @default { textSize: 18, targetSize: 48, primaryTargetSize: 60, lineHeight: 1.5, contrast: 7, nonTextContrast: 4.5 }
   */
  thresholds?: Record<string, number>;
  /**
   * Check groups.
   * @default every group
   */
  checks?: string[];
  /**
   * Per-page time limit for loading and rendering, ms.
   * @default 30000
   */
  timeout?: number;
  /** A Playwright storage state file (cookies, local storage) for pages behind a login. */
  storageState?: string;
  /** HTTP headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * Output folder.
   * @default 'elder-audit-report'
   */
  out?: string;
  /**
   * Report formats.
   * @default ['json', 'html', 'earl']
   */
  format?: string[];
  /**
   * Screenshot crops per failed check and page.
   * @default 3
   */
  crops?: number;
  /**
   * Pages at once, over all browsers.
   * @default 2
   */
  concurrency?: number;
  /**
   * This machine's part: `i/n`.
   * @default '1/1'
   */
  shard?: string;
  /** The Chromium to launch. */
  chromium?: string;
  /** Remote browsers to run in instead. */
  connect?: string | string[];
  /** A baseline report: only violations not in it fail. */
  baseline?: string;
  /** Write the baseline from this run. */
  updateBaseline?: boolean;
  /**
   * Draw the progress bar on a terminal.
   * @default true
   */
  progress?: boolean;
  /** Print only errors. */
  quiet?: boolean;
}

type JsonSchema = Record<string, unknown>;

const stringList: JsonSchema = { type: 'array', items: { type: 'string', minLength: 1 } };
const oneOrMore: JsonSchema = { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }] };
const positive = (minimum: number): JsonSchema => ({ type: 'integer', minimum });

/** Each key: its schema, what it is, and whether it names a path read relative to the config file. */
const keys: Record<keyof AuditConfig, { schema: JsonSchema; description: string; path?: boolean }> = {
  $schema: { schema: { type: 'string' }, description: 'This schema, for editors.' },
  urls: { schema: { type: 'array', items: { type: 'string', minLength: 1 } }, description: 'Pages to audit (http:, https: or file:), as the command line lists them.' },
  storybook: { schema: { type: 'string', minLength: 1 }, description: 'A Storybook static build, a folder or a URL (--storybook). Not with urls, sitemap or crawl.', path: true },
  sitemap: { schema: oneOrMore, description: 'Sitemaps or sitemap indexes whose pages are audited (--sitemap).' },
  crawl: { schema: oneOrMore, description: 'Pages to crawl from: same-origin links are followed breadth-first (--crawl).' },
  maxPages: { schema: positive(1), description: 'The most pages one crawl collects (--max-pages). Default 50.' },
  include: { schema: stringList, description: 'Only stories (id or title), or sitemap and crawl URLs, that match: text they contain, a glob with *, or /a regular expression/ (--include).' },
  exclude: { schema: stringList, description: 'Leave out stories, or sitemap and crawl URLs, that match (--exclude).' },
  ignoreStoryRules: { schema: { type: 'boolean' }, description: 'Run the checks stories switch off for themselves (--ignore-story-rules).' },
  themes: { schema: { anyOf: [{ type: 'string' }, stringList] }, description: 'all, none, or theme names such as elder-*-* (--themes). Default all.' },
  elder: { schema: { enum: [...elderSettings] }, description: 'auto: elder rules where the nearest data-eui-mode says elder; on: on every page, whatever it says; off: never (--elder). Default auto.' },
  elderScope: { schema: { type: 'string', minLength: 1 }, description: 'A CSS selector: only what it matches is judged as elder mode (--elder-scope).' },
  thresholds: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        elderThresholdKeys.map((key) => [key, { type: 'number', minimum: 1, ...(key.toLowerCase().includes('contrast') ? { maximum: 21 } : {}) }]),
      ),
    },
    description: 'The elder rules\' numbers: textSize (px, 18), targetSize (px, 48), primaryTargetSize (px, 60), lineHeight (ratio, 1.5), contrast (7), nonTextContrast (4.5).',
  },
  checks: { schema: { type: 'array', items: { enum: ['all', ...checkGroups] }, minItems: 1 }, description: 'Check groups to run (--checks). Default all.' },
  timeout: { schema: positive(1000), description: 'Milliseconds a page may take to load and render (--timeout). Default 30000.' },
  storageState: { schema: { type: 'string', minLength: 1 }, description: 'A Playwright storage state file (cookies and local storage) to reach pages behind a login (--storage-state).', path: true },
  headers: { schema: { type: 'object', additionalProperties: { type: 'string' } }, description: 'HTTP headers sent with every request, name to value (--header).' },
  out: { schema: { type: 'string', minLength: 1 }, description: 'Where reports go (--out). Default elder-audit-report.', path: true },
  format: { schema: { type: 'array', items: { enum: ['all', ...reportFormats] }, minItems: 1 }, description: 'Reports to write (--format). Default json, html, earl.' },
  crops: { schema: positive(0), description: 'Screenshot crops per failed check and page (--crops). Default 3.' },
  concurrency: { schema: positive(1), description: 'Pages audited at once, over all browsers (--concurrency). Default 2.' },
  shard: { schema: { type: 'string', pattern: '^\\d+/\\d+$' }, description: 'Audit only part i of n of the page × theme list: "i/n" (--shard).' },
  chromium: { schema: { type: 'string', minLength: 1 }, description: 'The Chromium or Chrome to launch (--chromium).', path: true },
  connect: { schema: oneOrMore, description: 'Remote browsers instead of launching one: Playwright browser servers (ws://) or CDP endpoints (http://, or ws://…/devtools/browser/…) (--connect).' },
  baseline: { schema: { type: 'string', minLength: 1 }, description: 'A baseline (a report.json, or one written by updateBaseline): only violations not in it fail (--baseline).', path: true },
  updateBaseline: { schema: { type: 'boolean' }, description: 'Write the baseline file from this run (--update-baseline).' },
  progress: { schema: { type: 'boolean' }, description: 'Draw a progress bar on a terminal (false: --no-progress). Default true.' },
  quiet: { schema: { type: 'boolean' }, description: 'Print only errors (--quiet).' },
};

/** The JSON Schema (draft-07) of `elder-audit.config.json`, as published with the package. */
export function configJsonSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://www.npmjs.com/package/@elder-ui/audit/elder-audit.config.schema.json',
    title: 'elder-audit configuration',
    description: 'Everything the elder-audit flags say. Flags given on the command line win. Paths are read relative to this file.',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(keys).map(([key, { schema, description }]) => [key, { description, ...schema }])),
  };
}

/** Checks one value against the small subset of JSON Schema the keys use; returns what is wrong. */
function problem(value: unknown, schema: JsonSchema, at: string): string | undefined {
  if (schema.anyOf) {
    const options = schema.anyOf as JsonSchema[];
    return options.some((option) => problem(value, option, at) === undefined) ? undefined : problem(value, options[options.length - 1]!, at);
  }
  if (schema.enum) {
    const allowed = schema.enum as unknown[];
    return allowed.includes(value) ? undefined : `${at} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}; got ${JSON.stringify(value)}.`;
  }
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return `${at} must be a string; got ${JSON.stringify(value)}.`;
      if (schema.minLength && value.length < (schema.minLength as number)) return `${at} must not be empty.`;
      if (schema.pattern && !new RegExp(schema.pattern as string).test(value)) return `${at} must look like "2/5"; got ${JSON.stringify(value)}.`;
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${at} must be true or false; got ${JSON.stringify(value)}.`;
    case 'integer':
    case 'number': {
      const whole = schema.type === 'integer';
      if (typeof value !== 'number' || !Number.isFinite(value) || (whole && !Number.isInteger(value))) {
        return `${at} must be a ${whole ? 'whole number' : 'number'}; got ${JSON.stringify(value)}.`;
      }
      if (schema.minimum !== undefined && value < (schema.minimum as number)) return `${at} must be at least ${schema.minimum as number}; got ${value}.`;
      if (schema.maximum !== undefined && value > (schema.maximum as number)) return `${at} must be at most ${schema.maximum as number}; got ${value}.`;
      return undefined;
    }
    case 'array': {
      if (!Array.isArray(value)) return `${at} must be a list; got ${JSON.stringify(value)}.`;
      if (schema.minItems && value.length < (schema.minItems as number)) return `${at} must not be empty.`;
      for (const [i, item] of value.entries()) {
        const wrong = problem(item, schema.items as JsonSchema, `${at}[${i}]`);
        if (wrong) return wrong;
      }
      return undefined;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${at} must be an object; got ${JSON.stringify(value)}.`;
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      for (const [key, item] of Object.entries(value)) {
        const own = properties[key] ?? (typeof schema.additionalProperties === 'object' ? (schema.additionalProperties as JsonSchema) : undefined);
        if (!own) return `${at} has an unknown key "${key}"; known: ${Object.keys(properties).join(', ')}.`;
        const wrong = problem(item, own, `${at}.${key}`);
        if (wrong) return wrong;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Checks a parsed config file against {@link configJsonSchema}.
 *
 * @param value The parsed JSON.
 * @param file Its path, for messages.
 * @throws {UsageError} Naming the file, the key and what is wrong (the first problem found).
 */
export function validateConfig(value: unknown, file: string): AuditConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`${file}: the config must be a JSON object.`);
  for (const [key, item] of Object.entries(value)) {
    const spec = keys[key as keyof AuditConfig];
    if (!spec) throw new UsageError(`${file}: unknown key "${key}". Known keys: ${Object.keys(keys).filter((k) => k !== '$schema').join(', ')}.`);
    const wrong = problem(item, spec.schema, `"${key}"`);
    if (wrong) throw new UsageError(`${file}: ${wrong}`);
  }
  return value as AuditConfig;
}

/**
 * Reads a config file: `file` if given (it must exist), else `elder-audit.config.json` in `cwd`
 * if there is one. Paths in it (`storybook`, `storageState`, `out`, `chromium`, `baseline`) are
 * made absolute against the file's folder.
 *
 * @returns The config and its path, or `undefined` when there is none.
 * @throws {UsageError} When the file is missing, is not JSON, or does not fit the schema.
 */
export function loadConfig(file: string | undefined, cwd: string): { config: AuditConfig; path: string } | undefined {
  const path = file ? resolve(cwd, file) : resolve(cwd, defaultConfigFile);
  if (!file && !existsSync(path)) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`--config: cannot read ${path}.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const config = { ...validateConfig(parsed, path) };
  const base = dirname(path);
  for (const [key, { path: isPath }] of Object.entries(keys)) {
    const value = config[key as keyof AuditConfig];
    // A Storybook given as a URL stays one.
    if (isPath && typeof value === 'string' && !isAbsolute(value) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
      (config as Record<string, unknown>)[key] = resolve(base, value);
    }
  }
  return { config, path };
}
