/** The shapes of an audit: what is visited, and what is found. */
import type { ElderThresholds } from '@elder-ui/axe-rules';
import type { ResolvedTheme } from '@elder-ui/tokens/contract';

/**
 * One of Elder UI's eight themes, mode × scheme × contrast, as the theme attributes of
 * `@elder-ui/tokens` set it on `<html>` or a theme scope.
 */
export type Theme = ResolvedTheme;

/** One page to audit: a URL, or a Storybook story. */
export interface AuditTarget {
  /** A stable id: the story id, or the URL. */
  id: string;
  /** What a reader sees: the story's title and name, or the URL. */
  title: string;
  /** The URL to open (for a story, `iframe.html?id=…&viewMode=story`, before the theme is added). */
  url: string;
  /** `story` for a Storybook story (themes go through globals), `url` otherwise (themes go on `<html>`). */
  kind: 'story' | 'url';
  /**
   * A story's source file (Storybook's `importPath`): where the story's own rule switches, and
   * the reasons for them, are written.
   * @default undefined
   */
  source?: string;
}

/**
 * When a page is judged as an elder-mode page: `auto` by its nearest `data-eui-mode` attribute,
 * `on` always (for sites not built with Elder UI), `off` never.
 */
export type ElderSetting = 'auto' | 'on' | 'off';

/** How the elder rules were applied to one page. */
export interface ElderJudgement {
  /** The `--elder` setting that judged the page. */
  setting: ElderSetting;
  /**
   * The `--elder-scope` selector: only the elements it matches (and what is inside them) were
   * judged as elder mode.
   * @default undefined (the whole page)
   */
  scope?: string;
  /** How many elements the scope matched on this page (only with a scope). */
  scopeMatches?: number;
}

/** Where a result comes from: axe (with the elder rules) or one of this tool's browser checks. */
export type CheckSource = 'axe' | 'elder-audit';

/** One element a finding points at. */
export interface FindingNode {
  /** A CSS selector for the element (frames joined by ` -> `, shadow roots by ` >>> `). */
  selector: string;
  /**
   * With `--baseline`: `new` when the baseline does not have this rule, page, theme and
   * selector, `unchanged` when it does.
   * @default undefined (no baseline)
   */
  baseline?: 'new' | 'unchanged';
  /** The start of its HTML. */
  html: string;
  /** Why it failed, or what to review. */
  summary: string;
  /** A crop of the page around it, as a PNG file name inside the report's `screenshots/` folder. */
  screenshot?: string;
}

/** A check that failed, or needs review, on one page in one theme. */
export interface Finding {
  /** The axe rule id (`color-contrast`, `elder-text-size`) or this tool's check id (`reflow`). */
  check: string;
  /** Who ran it. */
  source: CheckSource;
  /** `failed` (a violation) or `cantTell` (needs review). */
  outcome: 'failed' | 'cantTell';
  /** axe's impact, when there is one. */
  impact?: string;
  /** One line: what is required. */
  help: string;
  /** A longer description. */
  description: string;
  /** Where to read more. */
  helpUrl: string;
  /** WCAG 2.2 criteria, such as `1.4.3`. */
  wcag: string[];
  /** MIIT clauses, such as `1.1`. */
  miit: string[];
  /** How to fix it. */
  fixHint: string;
  /** The elements. */
  nodes: FindingNode[];
}

/** A check that ran and passed, with what it covers. */
export interface Passed {
  /** Rule or check id. */
  check: string;
  /** Who ran it. */
  source: CheckSource;
  /** WCAG criteria it covers. */
  wcag: string[];
  /** MIIT clauses it covers. */
  miit: string[];
}

/** The result of one page in one theme. */
export interface PageResult {
  /** What was visited. */
  target: AuditTarget;
  /** The theme it was visited in; `null` when the page was left as it is (`--themes none`). */
  theme: Theme | null;
  /** The theme's name, such as `elder-dark-high`, or `as-is`. */
  themeName: string;
  /** The URL actually opened. */
  url: string;
  /** Whether the elder rules ran: the page, or a part of it, was judged as elder mode. */
  elderRules: boolean;
  /** Which `--elder` setting (and scope) judged the page. */
  elder: ElderJudgement;
  /** How many times the page was opened: 2 when the first attempt failed and it was tried again. */
  attempts: number;
  /** How long the page took, in ms. */
  durationMs: number;
  /** Why the page could not be audited (after a second attempt), if it could not: "not audited". */
  error?: string;
  /** Failed checks. */
  violations: Finding[];
  /** Checks that could not decide: to be looked at by a person. Never dropped. */
  review: Finding[];
  /** Checks that passed. */
  passes: Passed[];
  /**
   * Checks this story switches off in its own `parameters.a11y` (`enabled: false`, as the
   * Storybook a11y addon reads them), which therefore did not run on it. Empty for URLs and
   * with `--ignore-story-rules`.
   */
  switchedOff: string[];
  /** Milliseconds spent in each phase (`open`, `axe`, `keyboard`, …), to see where time goes. */
  timings: Record<string, number>;
}

/** The outcome of one WCAG criterion or MIIT clause over the whole audit. */
export type Outcome = 'failed' | 'cantTell' | 'passed' | 'untested';

/** One row of the summary. */
export interface CriterionSummary {
  /** Criterion or clause number. */
  id: string;
  /** Its title. */
  title: string;
  /** WCAG level (MIIT clauses have none). */
  level?: string;
  /** The worst outcome over every page and theme. */
  outcome: Outcome;
  /** How many page × theme results failed it. */
  failed: number;
  /** How many need review for it. */
  cantTell: number;
  /** How many passed it. */
  passed: number;
  /** The checks that judged it. */
  checks: string[];
}

/** A check that stories switched off, and which stories did. */
export interface SwitchedOff {
  /** The rule or check id. */
  check: string;
  /** The stories that switched it off, with the file that says why. */
  stories: { id: string; title: string; source?: string }[];
}

/** Everything an audit produced: the JSON report. */
export interface AuditReport {
  /** The tool and its version. */
  tool: { name: string; version: string; axeVersion: string };
  /** When the audit started (ISO 8601). */
  startedAt: string;
  /** How long it took, in ms. */
  durationMs: number;
  /** What was given: URLs (listed, from sitemaps or a crawl) or a Storybook folder. */
  input: {
    kind: 'urls' | 'storybook';
    source: string[];
    /** Sitemaps read and crawls started, with the pages each gave. */
    discovered?: { kind: 'sitemap' | 'crawl'; url: string; pages: number }[];
    /** Whether stories' own rule switches were honoured (the default) or ignored (`--ignore-story-rules`). */
    storyRules?: 'honour' | 'ignore';
  };
  /** Theme names audited. */
  themes: string[];
  /** How the elder rules were applied, and the thresholds they used. */
  elder: { setting: ElderSetting; scope?: string; thresholds: ElderThresholds };
  /** Where the browsers were: launched here, or reached through `--connect`. */
  browser: {
    kind: 'launched' | 'connected';
    /** The `--connect` endpoints. */
    endpoints: string[];
    /** How many times a lost browser was reached again, and the run resumed. */
    reconnects: number;
    /**
     * Why the run stopped early: a browser that could not be reached again. The pages it left
     * are in `pages` as not audited.
     * @default undefined
     */
    lost?: string;
  };
  /** With `--baseline`: what is new, what is known, and what has been fixed since. */
  baseline?: BaselineSummary;
  /** Which shard this is (`1/1` for a whole audit). */
  shard: { index: number; total: number };
  /** Counts. `errors`: page × theme results not audited. */
  totals: { pages: number; errors: number; violations: number; violationNodes: number; review: number; reviewNodes: number };
  /** Per WCAG 2.2 criterion. */
  wcag: CriterionSummary[];
  /** Per MIIT clause. */
  miit: CriterionSummary[];
  /** Checks stories switched off for themselves: each one is a gap in this audit to look at. */
  switchedOff: SwitchedOff[];
  /** Every page × theme. */
  pages: PageResult[];
}

/** One violation as a baseline knows it: rule, page, theme and element. */
export interface BaselineEntry {
  /** The check or rule id. */
  rule: string;
  /** The page: a URL, or a story id. */
  page: string;
  /** The theme name (`as-is` for pages as they are). */
  theme: string;
  /** The element's CSS selector. */
  selector: string;
}

/** The baseline part of a report. */
export interface BaselineSummary {
  /** The baseline file read. */
  file: string;
  /** Violations (elements) not in the baseline: these fail the run. */
  new: number;
  /** Violations (elements) already in the baseline. */
  unchanged: number;
  /** Baseline violations on pages audited here that are gone. */
  fixed: BaselineEntry[];
  /** Whether this run wrote a new baseline (`--update-baseline`). */
  updated: boolean;
}
