/**
 * The script build (`dist/elder-axe-rules.iife.js`, export `@elder-ui/axe-rules/script`):
 * load it after axe-core with a <script> tag or Playwright's `page.addScriptTag`. It registers
 * the elder rules on `window.axe` and puts this API on `window.ElderAxeRules`.
 */
import type axe from 'axe-core';
import { type ElderAuditOptions, runAudit } from './audit.ts';
import { formatTarget, formatViolations } from './format.ts';
import { getElderMessages } from './messages.ts';
import { elderPreset, elderRunOptions, wcag22Tags } from './preset.ts';
import { createElderRules, elderRuleTags, hasElderRules, registerElderRules } from './rules.ts';
import { defaultElderThresholds, resolveElderThresholds } from './thresholds.ts';
import { type AxeCore, elderRuleIds } from './types.ts';

function globalAxe(): AxeCore {
  const found = (globalThis as { axe?: AxeCore }).axe;
  if (!found) throw new Error('ElderAxeRules: load axe-core before running an audit.');
  return found;
}

/** `runElderAudit` on `window.axe`. */
function runElderAudit(context: axe.ElementContext = document, options: ElderAuditOptions = {}): Promise<axe.AxeResults> {
  const { axe: instance = globalAxe(), ...rest } = options;
  return runAudit(instance, context, rest);
}

/** What `window.ElderAxeRules` holds. */
export interface ElderAxeRulesGlobal {
  createElderRules: typeof createElderRules;
  registerElderRules: typeof registerElderRules;
  hasElderRules: typeof hasElderRules;
  elderRuleIds: typeof elderRuleIds;
  elderRuleTags: typeof elderRuleTags;
  elderRunOptions: typeof elderRunOptions;
  elderPreset: typeof elderPreset;
  wcag22Tags: typeof wcag22Tags;
  runElderAudit: typeof runElderAudit;
  formatViolations: typeof formatViolations;
  formatTarget: typeof formatTarget;
  getElderMessages: typeof getElderMessages;
  defaultElderThresholds: typeof defaultElderThresholds;
  resolveElderThresholds: typeof resolveElderThresholds;
}

const api: ElderAxeRulesGlobal = {
  createElderRules,
  registerElderRules,
  hasElderRules,
  elderRuleIds,
  elderRuleTags,
  elderRunOptions,
  elderPreset,
  wcag22Tags,
  runElderAudit,
  formatViolations,
  formatTarget,
  getElderMessages,
  defaultElderThresholds,
  resolveElderThresholds,
};

(globalThis as { ElderAxeRules?: ElderAxeRulesGlobal }).ElderAxeRules = api;
const present = (globalThis as { axe?: AxeCore }).axe;
if (present) registerElderRules(present);
