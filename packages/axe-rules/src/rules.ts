import type axe from 'axe-core';
import { commonsResolver } from './commons.ts';
import { isInStandardMode } from './dom.ts';
import { getElderMessages } from './messages.ts';
import { applyThresholds } from './thresholds.ts';
import { elderContrast } from './rules/elder-contrast.ts';
import { elderIconLabel } from './rules/elder-icon-label.ts';
import { elderLineHeight } from './rules/elder-line-height.ts';
import { elderMotion } from './rules/elder-motion.ts';
import { elderNoTruncation } from './rules/elder-no-truncation.ts';
import { elderTargetSize } from './rules/elder-target-size.ts';
import { elderTextSize } from './rules/elder-text-size.ts';
import type { ElderRuleSource } from './rules/source.ts';
import type { AxeCore, ElderRuleId, ElderRulesOptions } from './types.ts';

/** Sources in documentation order, each paired with the key of its options. */
const sources = [
  [elderTextSize, 'textSize'],
  [elderTargetSize, 'targetSize'],
  [elderLineHeight, 'lineHeight'],
  [elderContrast, 'contrast'],
  [elderIconLabel, null],
  [elderNoTruncation, 'noTruncation'],
  [elderMotion, 'motion'],
] as const;

/** The default `helpUrl`: the package README on npm, anchored at the rule's section. */
export function defaultHelpUrl(ruleId: ElderRuleId): string {
  return `https://www.npmjs.com/package/@elder-ui/axe-rules#${ruleId}`;
}

/** The tags of each elder rule (WCAG 2.2 success criteria, MIIT clauses, axe category, `elder`). */
export const elderRuleTags: Readonly<Record<ElderRuleId, readonly string[]>> = Object.fromEntries(
  sources.map(([source]) => [source.id, source.tags]),
) as Partial<Record<ElderRuleId, readonly string[]>> as Record<ElderRuleId, readonly string[]>;

/**
 * Builds the axe `Spec` (`{ checks, rules }`) of the seven elder rules, ready for
 * `axe.configure(spec)`. Each rule has one check of the same id; thresholds go into the
 * check's `options` (and can also be given per run: `axe.run(ctx, { checks: { 'elder-text-size': { options: { minSize: 20 } } } })`,
 * where unspecified fields keep these values).
 *
 * @param given Locale, thresholds, default state and the axe instance. @default {}
 * @throws {RangeError} When `thresholds` has an unknown name or a value out of range.
 */
export function createElderRules(given: ElderRulesOptions = {}): { checks: axe.Check[]; rules: axe.Rule[] } {
  const options = applyThresholds(given);
  const { locale = 'en', enabled = false, helpUrl = defaultHelpUrl, standardScopes = true } = options;
  const commons = commonsResolver(options.axe);
  const messages = getElderMessages(locale, options);
  const checks: axe.Check[] = [];
  const rules: axe.Rule[] = [];

  for (const [source, optionsKey] of sources) {
    // Each source is typed with its own options; they meet here as one loose list.
    const rule = source as unknown as ElderRuleSource<Record<string, unknown>>;
    const ruleOptions: Record<string, unknown> = {
      ...rule.defaults,
      ...(optionsKey ? (options[optionsKey] as Record<string, unknown> | undefined) : undefined),
    };
    checks.push({
      id: rule.id,
      options: ruleOptions,
      evaluate(this: axe.CheckHelper, node: Element, checkOptions: unknown) {
        // Run-time check options replace the registered ones in axe; merge so that a run can
        // change one threshold and keep the rest.
        const merged = { ...ruleOptions, ...(checkOptions as Record<string, unknown> | undefined) };
        return rule.evaluate.call(this, commons(), node, merged);
      },
      metadata: { impact: rule.impact, messages: messages.checks[rule.id] },
    });
    // elder-motion decides its own scope: elder mode, or reduced motion anywhere.
    const skipStandard = standardScopes && rule.id !== 'elder-motion';
    rules.push({
      id: rule.id,
      selector: '*',
      // These rules judge what is seen, not what is announced: an aria-hidden icon still counts.
      excludeHidden: false,
      enabled,
      tags: [...rule.tags],
      matches: (node: Element) => !(skipStandard && isInStandardMode(node)) && rule.matches(commons(), node, ruleOptions),
      any: [rule.id],
      all: [],
      none: [],
      metadata: { ...messages.rules[rule.id], helpUrl: helpUrl(rule.id) },
    });
  }
  return { checks, rules };
}

/**
 * The elder rules with default options and English texts, for `axe.configure(elderRules)`.
 * The checks use `globalThis.axe` (set by axe-core in a browser) when they run; to use another
 * copy of axe, call {@link registerElderRules} with it instead.
 */
export const elderRules: { checks: axe.Check[]; rules: axe.Rule[] } = createElderRules();

/**
 * Adds (or replaces) the elder rules in an axe-core instance. Calling it again is harmless:
 * axe replaces rules and checks of the same id, so the last options win. After `axe.reset()`
 * the rules are gone and must be registered again.
 *
 * @param axeInstance The axe-core to configure (its `commons` are what the checks use).
 * @param options Locale, thresholds and default state. @default {}
 * @returns The spec that was passed to `axe.configure`.
 */
export function registerElderRules(
  axeInstance: AxeCore,
  options: Omit<ElderRulesOptions, 'axe'> = {},
): { checks: axe.Check[]; rules: axe.Rule[] } {
  const spec = createElderRules({ ...options, axe: axeInstance });
  axeInstance.configure(spec);
  return spec;
}

/** Whether the elder rules are registered in this axe-core instance. */
export function hasElderRules(axeInstance: AxeCore): boolean {
  const ids = new Set(axeInstance.getRules().map((rule) => rule.ruleId));
  return sources.every(([source]) => ids.has(source.id));
}
