/**
 * A Vitest matcher for the elder audit. Register it once (for example in a setup file):
 *
 * ```ts
 * import { expect } from 'vitest';
 * import { elderMatchers } from '@elder-ui/axe-rules/vitest';
 * expect.extend(elderMatchers);
 *
 * expect(await runElderAudit(container)).toHaveNoElderViolations();
 * await expect(container).toHaveNoElderViolations(); // runs the audit itself
 * ```
 *
 * Only types come from `vitest`, so this module adds no run-time dependency.
 */
import type axe from 'axe-core';
import type { MatcherState } from 'vitest';
import type { ElderAuditOptions } from './audit.ts';
import { formatViolations } from './format.ts';
import { runElderAudit } from './run-elder-audit.ts';

/** Options of `toHaveNoElderViolations`. */
export interface ElderMatcherOptions extends ElderAuditOptions {
  /**
   * Fail on "needs review" results too, not only on violations.
   * @default false
   */
  failOnIncomplete?: boolean;
}

interface MatcherResult {
  pass: boolean;
  message: () => string;
  actual?: unknown;
  expected?: unknown;
}

function isAxeResults(value: unknown): value is axe.AxeResults {
  return typeof value === 'object' && value !== null && Array.isArray((value as axe.AxeResults).violations);
}

function judge(state: MatcherState, results: axe.AxeResults, failOnIncomplete: boolean): MatcherResult {
  const failing = failOnIncomplete ? [...results.violations, ...results.incomplete] : results.violations;
  const pass = failing.length === 0;
  return {
    pass,
    message: () =>
      state.isNot
        ? 'Expected elder-mode or WCAG violations, but axe found none.'
        : `Expected no elder-mode or WCAG violations.\n\n${formatViolations(failOnIncomplete ? failing : results.violations)}`,
    actual: failing.map((result) => ({ id: result.id, nodes: result.nodes.map((node) => node.target) })),
    expected: [],
  };
}

/**
 * Passes when axe results hold no violations. Given axe results, it judges them as they are;
 * given an element, selector or axe context, it runs {@link runElderAudit} first and returns a
 * promise (so `await expect(el).toHaveNoElderViolations()`).
 */
export function toHaveNoElderViolations(
  this: MatcherState,
  received: unknown,
  options: ElderMatcherOptions = {},
): MatcherResult | Promise<MatcherResult> {
  const { failOnIncomplete = false, ...audit } = options;
  if (isAxeResults(received)) return judge(this, received, failOnIncomplete);
  return runElderAudit(received as axe.ElementContext, audit).then((results) => judge(this, results, failOnIncomplete));
}

/** Matchers for `expect.extend(elderMatchers)`. */
export const elderMatchers = { toHaveNoElderViolations };

declare module 'vitest' {
  // Type parameters must match vitest's own declaration to merge.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  interface Assertion<T = any> {
    /**
     * Passes when there are no axe violations. Synchronous on axe results; on an element or
     * axe context it runs the elder audit and must be awaited.
     * @param options `failOnIncomplete` (@default false) and {@link runElderAudit} options.
     */
    toHaveNoElderViolations(options?: ElderMatcherOptions): T extends axe.AxeResults ? void : Promise<void>;
  }
}
