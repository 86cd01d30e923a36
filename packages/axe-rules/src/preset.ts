import type axe from 'axe-core';
import { ELDER_TAG } from './types.ts';

/**
 * The tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA. axe runs WCAG 2.2 rules such as
 * `target-size` only when `wcag22aa` is asked for.
 */
export const wcag22Tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** Options of {@link elderRunOptions}; every other axe run option is passed through. */
export interface ElderRunOptions extends Omit<axe.RunOptions, 'runOnly'> {
  /**
   * Run the elder rules (tag `elder`). Turn off for standard-mode pages, which elder-mode
   * numbers would fail. The rules must be registered first ({@link registerElderRules}).
   * @default true
   */
  elder?: boolean;
  /**
   * Run axe's `color-contrast-enhanced` (WCAG 1.4.6, AAA: 7:1, 4.5:1 for large text).
   * @default true
   */
  enhancedContrast?: boolean;
  /**
   * More tags to run, such as `'best-practice'`.
   * @default []
   */
  tags?: string[];
}

/**
 * axe run options for Elder UI: WCAG 2.0–2.2 A and AA (which turns on 2.2 rules such as
 * `target-size`), the AAA `color-contrast-enhanced`, and the elder rules.
 * `rules` given here are applied last, so a rule can still be switched off by id.
 *
 * @param options What to include, plus any axe run options. @default {}
 */
export function elderRunOptions(options: ElderRunOptions = {}): axe.RunOptions {
  const { elder = true, enhancedContrast = true, tags = [], rules = {}, ...rest } = options;
  const values = [...new Set([...wcag22Tags, ...(elder ? [ELDER_TAG] : []), ...tags])];
  return {
    ...rest,
    runOnly: { type: 'tag', values },
    rules: {
      ...(enhancedContrast ? { 'color-contrast-enhanced': { enabled: true } } : {}),
      ...rules,
    },
  };
}

/** {@link elderRunOptions} with its defaults: WCAG 2.2 A/AA, `color-contrast-enhanced`, elder rules. */
export const elderPreset: axe.RunOptions = elderRunOptions();
