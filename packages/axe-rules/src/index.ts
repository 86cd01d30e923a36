export { createElderRules, defaultHelpUrl, elderRules, elderRuleTags, hasElderRules, registerElderRules } from './rules.ts';
export { elderPreset, elderRunOptions, wcag22Tags, type ElderRunOptions } from './preset.ts';
export { defaultElderThresholds, elderThresholdKeys, resolveElderThresholds } from './thresholds.ts';
export { runElderAudit } from './run-elder-audit.ts';
export type { ElderAuditOptions } from './audit.ts';
export { formatTarget, formatViolations, type FormatViolationsOptions } from './format.ts';
export {
  getElderMessages,
  type ElderCheckText,
  type ElderMessage,
  type ElderMessages,
  type ElderRuleText,
} from './messages.ts';
export {
  defaultContrast,
  defaultLineHeight,
  defaultMotion,
  defaultNoTruncation,
  defaultTargetSize,
  defaultTextSize,
} from './defaults.ts';
export {
  ELDER_TAG,
  elderLocales,
  elderRuleIds,
  type AxeCore,
  type ContrastOptions,
  type ElderLocale,
  type ElderRuleId,
  type ElderRulesOptions,
  type ElderThresholds,
  type LineHeightOptions,
  type MotionOptions,
  type NoTruncationOptions,
  type TargetSizeOptions,
  type TextSizeOptions,
} from './types.ts';
