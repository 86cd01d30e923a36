import axeCore from 'axe-core';
import type axe from 'axe-core';
import { type ElderAuditOptions, runAudit } from './audit.ts';

/**
 * Runs axe with {@link elderPreset} (WCAG 2.2 A/AA, `color-contrast-enhanced`, elder rules) on
 * a page or part of it, registering the elder rules first if they are missing. Needs a real
 * browser: the rules read computed styles and layout.
 *
 * @param context What to audit (an element, selector or axe context). @default document
 * @param options Preset switches, axe run options, the axe instance and rule options. @default {}
 */
export function runElderAudit(context: axe.ElementContext = document, options: ElderAuditOptions = {}): Promise<axe.AxeResults> {
  const { axe: instance = axeCore, ...rest } = options;
  return runAudit(instance, context, rest);
}
