import { createElderRules, elderRunOptions } from '@elder-ui/axe-rules';

// The elder-mode rules, handed to axe with each run (the a11y addon resets axe before
// every run). Registered enabled: the addon turns a rule registered as disabled
// into an explicit `enabled: false` that would override the tag selection.
const elderRules = createElderRules({ enabled: true });

/** The part of a story's `parameters.a11y` read and written here. */
export interface A11yParameters {
  config?: { checks?: unknown[]; rules?: unknown[] } & Record<string, unknown>;
  options?: { rules?: Record<string, unknown> } & Record<string, unknown>;
  [key: string]: unknown;
}

// A story's parameters object lives as long as the story, and Storybook hands the same object to
// every render: the story's own `a11y`, as written, is kept here, so each render derives its
// theme's settings from it and not from the previous render's (which held another theme's).
const own = new WeakMap<object, A11yParameters | undefined>();

/**
 * The `a11y` parameters for one render in one theme: WCAG 2.2 A/AA in every theme; the kit's
 * elder rules registered always and selected (by the `elder` tag) in elder mode; WCAG 1.4.6
 * (AAA, 7:1) contrast in elder mode or high contrast. A story's own `a11y` rules still apply
 * on top.
 */
export function a11yForTheme(parameters: { a11y?: A11yParameters }, globals: Record<string, unknown>): A11yParameters {
  if (!own.has(parameters)) own.set(parameters, parameters.a11y);
  const { config = {}, options = {}, ...rest } = own.get(parameters) ?? {};
  const elder = globals.mode === 'elder';
  const run = elderRunOptions({ elder, enhancedContrast: elder || globals.contrast === 'high', tags: ['best-practice'] });
  return {
    ...rest,
    config: { ...config, checks: [...(config.checks ?? []), ...elderRules.checks], rules: [...(config.rules ?? []), ...elderRules.rules] },
    options: { ...options, runOnly: run.runOnly, rules: { ...run.rules, ...options.rules } },
  };
}
