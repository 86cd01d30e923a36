export { runAudit, type AuditOptions, type AuditOutcome } from './audit.ts';
export { jobUrl } from './open-page.ts';
export { exitCodes, main, textSummary, type MainIo } from './main.ts';
export { parseCli, usage, type CliOptions, type ParseEnvironment } from './args.ts';
export { configJsonSchema, defaultConfigFile, elderSettings, loadConfig, validateConfig, type AuditConfig } from './config.ts';
export { applyBaseline, baselineEntries, readBaseline, writeBaseline, type BaselineFile } from './baseline.ts';
export { isCdpEndpoint } from './browsers.ts';
export { crawl, matchesPattern, parseSitemap, passesFilter, readSitemap } from './discover.ts';
export { toJunit } from './junit.ts';
export { toSarif, type SarifLog } from './sarif.ts';
export { contextOptions, type SessionOptions } from './tabs.ts';
export { chromiumArgs, chromiumCandidates, findChromium } from './chromium.ts';
export { browserChecks, checkGroups, fixHintFor, type BrowserCheck, type CheckGroup } from './checks.ts';
export {
  compareCriteria,
  miitClauses,
  miitFromTags,
  wcagCriteria,
  wcagFromTags,
  wcagSlug,
  wcagUrl,
  type MiitClause,
  type WcagCriterion,
} from './criteria.ts';
export { toEarl, type EarlAssertion, type EarlReport } from './earl.ts';
export { escapeHtml, toHtml } from './html.ts';
export { createProgress, renderBar, type Progress, type ProgressStream } from './progress.ts';
export { defaultReportFormats, reportFiles, reportFormats, writeReports, type ReportFormat } from './reports.ts';
export { serveFolder, type StaticServer } from './server.ts';
export { summarise } from './summary.ts';
export { UsageError } from './errors.ts';
export { storyTargets, type StoryFilter, type StorybookIndex } from './storybook.ts';
export { parseShard, selectShard, urlTarget } from './targets.ts';
export { allThemes, parseThemes, storybookGlobals, themeName } from './themes.ts';
export { version } from './version.ts';
export type {
  AuditReport,
  AuditTarget,
  BaselineEntry,
  BaselineSummary,
  CheckSource,
  CriterionSummary,
  ElderJudgement,
  ElderSetting,
  Finding,
  FindingNode,
  Outcome,
  PageResult,
  Passed,
  Theme,
} from './types.ts';
