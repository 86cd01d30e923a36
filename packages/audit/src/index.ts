export { runAudit, chromiumArgs, jobUrl, type AuditOptions, type AuditOutcome } from './audit.ts';
export { main, textSummary, type MainIo } from './main.ts';
export { parseCli, usage, type CliOptions } from './args.ts';
export { findChromium, chromiumCandidates } from './chromium.ts';
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
export { reportFiles, reportFormats, writeReports, type ReportFormat } from './reports.ts';
export { serveFolder, type StaticServer } from './server.ts';
export { summarise } from './summary.ts';
export { parseShard, selectShard, storyTargets, urlTarget, type StoryFilter, type StorybookIndex } from './targets.ts';
export { allThemes, parseThemes, storybookGlobals, themeName, UsageError } from './themes.ts';
export { version } from './version.ts';
export type {
  AuditReport,
  AuditTarget,
  CheckSource,
  CriterionSummary,
  Finding,
  FindingNode,
  Outcome,
  PageResult,
  Passed,
  Theme,
} from './types.ts';
