import type axe from 'axe-core';
import type { ElderCommons } from '../commons.ts';
import type { ElderRuleId } from '../types.ts';

/** What a check's evaluate returns: pass, fail, or `undefined` for "needs review". */
export type CheckOutcome = boolean | undefined;

/** The source of one elder rule and its one check (same id), before texts and options are attached. */
export interface ElderRuleSource<Options extends object> {
  id: ElderRuleId;
  /** WCAG success criteria, MIIT clauses, axe category and `elder`. */
  tags: string[];
  impact: Exclude<axe.ImpactValue, null>;
  defaults: Options;
  /**
   * Which elements the rule applies to, given the running axe's commons and the options the
   * rule was registered with (axe passes run-time check options to `evaluate` only).
   */
  matches(commons: ElderCommons, node: Element, options: Options): boolean;
  /** Judges one element; `this.data` carries the message values. */
  evaluate(this: axe.CheckHelper, commons: ElderCommons, node: Element, options: Options): CheckOutcome;
}

/** Declares a rule source with its option type inferred. */
export function defineElderRule<Options extends object>(source: ElderRuleSource<Options>): ElderRuleSource<Options> {
  return source;
}
