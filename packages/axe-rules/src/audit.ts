import type axe from 'axe-core';
import { elderRunOptions, type ElderRunOptions } from './preset.ts';
import { hasElderRules, registerElderRules } from './rules.ts';
import type { AxeCore, ElderRulesOptions } from './types.ts';

/** Options of {@link runElderAudit}. */
export interface ElderAuditOptions extends ElderRunOptions {
  /**
   * The axe-core to run.
   * @default the `axe-core` module this package imports (`globalThis.axe` in the script build)
   */
  axe?: AxeCore;
  /**
   * Options of the elder rules. When given, the rules are registered again with them;
   * otherwise they are registered with defaults only if missing.
   * @default undefined
   */
  ruleOptions?: Omit<ElderRulesOptions, 'axe'>;
}

/** Shared by the module and script builds, which find axe differently. */
export async function runAudit(
  instance: AxeCore,
  context: axe.ElementContext,
  options: Omit<ElderAuditOptions, 'axe'>,
): Promise<axe.AxeResults> {
  const { ruleOptions, ...run } = options;
  const wantsElder = run.elder !== false;
  if (ruleOptions || (wantsElder && !hasElderRules(instance))) registerElderRules(instance, ruleOptions);
  return instance.run(context, elderRunOptions(run));
}
