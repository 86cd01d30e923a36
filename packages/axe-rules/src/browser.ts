/**
 * The script build (`dist/elder-axe-rules.iife.js`): load it after axe-core with a <script>
 * tag or Playwright's `page.addScriptTag`, and it registers the elder rules on `window.axe`
 * and exposes this API as `window.ElderAxeRules`.
 */
import type axe from 'axe-core';
import { type ElderAuditOptions, runAudit } from './audit.ts';
import { registerElderRules } from './rules.ts';
import type { AxeCore } from './types.ts';

export { createElderRules, elderRuleTags, hasElderRules, registerElderRules } from './rules.ts';
export { elderPreset, elderRunOptions, wcag22Tags } from './preset.ts';
export { formatTarget, formatViolations } from './format.ts';
export { getElderMessages } from './messages.ts';
export { elderRuleIds } from './types.ts';

function globalAxe(): AxeCore {
  const found = (globalThis as { axe?: AxeCore }).axe;
  if (!found) throw new Error('ElderAxeRules: load axe-core before running an audit.');
  return found;
}

/** {@link runElderAudit} on `window.axe`. */
export function runElderAudit(context: axe.ElementContext = document, options: ElderAuditOptions = {}): Promise<axe.AxeResults> {
  const { axe: instance = globalAxe(), ...rest } = options;
  return runAudit(instance, context, rest);
}

const present = (globalThis as { axe?: AxeCore }).axe;
if (present) registerElderRules(present);
