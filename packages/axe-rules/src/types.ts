import type axe from 'axe-core';

/** The axe-core module object (`import axe from 'axe-core'`, or `window.axe` after a script tag). */
export type AxeCore = typeof axe;

/** Every rule this package adds, in the order they are documented. */
export const elderRuleIds = [
  'elder-text-size',
  'elder-target-size',
  'elder-line-height',
  'elder-contrast',
  'elder-icon-label',
  'elder-no-truncation',
  'elder-motion',
] as const;

/** The id of one elder rule (each rule has one check with the same id). */
export type ElderRuleId = (typeof elderRuleIds)[number];

/** Languages the rule help and check messages are written in. */
export const elderLocales = ['en', 'zh-CN'] as const;

/** `en` or `zh-CN`. */
export type ElderLocale = (typeof elderLocales)[number];

/** The tag every elder rule carries, so `runOnly: ['elder']` selects them all. */
export const ELDER_TAG = 'elder';

/** Options of `elder-text-size`. */
export interface TextSizeOptions {
  /**
   * Smallest computed `font-size` allowed, in CSS px (MIIT 1.1: main text in the elder UI ≥ 18 dp).
   * @default 18
   */
  minSize: number;
}

/** Options of `elder-target-size`. */
export interface TargetSizeOptions {
  /**
   * Smallest width and height of any interactive target, in CSS px.
   * @default 48
   */
  minSize: number;
  /**
   * Smallest width and height of primary actions and list rows, in CSS px (MIIT 2.1).
   * @default 60
   */
  primaryMinSize: number;
  /**
   * Which targets are primary actions or list rows. Matched against the interactive element itself.
   * @default '[data-eui-target="primary"], [data-eui-target="row"]'
   */
  primarySelector: string;
  /**
   * Links inside a sentence or block of text are exempt, as in WCAG 2.5.5 ("Inline").
   * @default true
   */
  exemptInline: boolean;
}

/** Options of `elder-line-height`. */
export interface LineHeightOptions {
  /**
   * Smallest line height, as a multiple of the font size (WCAG 1.4.8).
   * @default 1.5
   */
  minRatio: number;
  /**
   * Text inside elements matching this selector is not body text and is skipped.
   * @default 'h1, h2, h3, h4, h5, h6, [role="heading"], button, [role="button"], input, select, textarea, option, label, legend, [role="tab"], [role="menuitem"], [role="option"]'
   */
  ignore: string;
}

/** Options of `elder-contrast`. */
export interface ContrastOptions {
  /**
   * Smallest contrast ratio of text against its background, at any text size (WCAG 1.4.6).
   * @default 7
   */
  text: number;
  /**
   * Smallest contrast ratio of control boundaries and icons against what is around them (MIIT 1.3).
   * @default 4.5
   */
  nonText: number;
}

/** Options of `elder-no-truncation`. */
export interface NoTruncationOptions {
  /**
   * What to report when text is styled to truncate (`text-overflow: ellipsis`, `line-clamp`)
   * but fits right now, so nothing is cut yet: it will be at 200 % text or in another language.
   * @default 'review'
   */
  latent: 'pass' | 'review' | 'fail';
}

/** Options of `elder-motion`. */
export interface MotionOptions {
  /**
   * Durations at or below this many milliseconds are treated as no motion, so the common
   * reduced-motion reset (`animation-duration: 0.01ms !important`) passes.
   * @default 0.01
   */
  minDurationMs: number;
  /**
   * Check every element, not only those in elder mode (the nearest mode attribute says
   * `elder`) or under `prefers-reduced-motion: reduce`.
   * @default false
   */
  everywhere: boolean;
}

/**
 * The numbers elder mode is judged by, in one place: a product, MIIT and WCAG AAA each set their
 * own bar. Each one stands for a rule option (named below), which wins when both are given.
 */
export interface ElderThresholds {
  /**
   * Smallest text, in CSS px (`textSize.minSize`; MIIT 1.1).
   * @default 18
   */
  textSize: number;
  /**
   * Smallest width and height of any target, in CSS px (`targetSize.minSize`).
   * @default 48
   */
  targetSize: number;
  /**
   * Smallest width and height of primary actions and list rows, in CSS px (`targetSize.primaryMinSize`; MIIT 2.1).
   * @default 60
   */
  primaryTargetSize: number;
  /**
   * Smallest line height of body text, as a multiple of the font size (`lineHeight.minRatio`; WCAG 1.4.8).
   * @default 1.5
   */
  lineHeight: number;
  /**
   * Smallest contrast of text, at any size (`contrast.text`; WCAG 1.4.6).
   * @default 7
   */
  contrast: number;
  /**
   * Smallest contrast of control boundaries and icons (`contrast.nonText`; MIIT 1.3).
   * @default 4.5
   */
  nonTextContrast: number;
}

/** Every rule's options, each part optional. */
export interface ElderRulesOptions {
  /**
   * The thresholds of the size, spacing and contrast rules as one object (see {@link ElderThresholds}).
   * Checked when the rules are created: an unknown name or a value out of range throws a `RangeError`.
   * The per-rule options below win over them.
   * @default defaultElderThresholds (18, 48, 60, 1.5, 7, 4.5)
   */
  thresholds?: Partial<ElderThresholds>;
  /**
   * Language of the rules' `help`, `description` and check messages.
   * @default 'en'
   */
  locale?: ElderLocale;
  /**
   * Register the rules switched on for every `axe.run`. Off by default, like axe's own AAA
   * and WCAG 2.2 rules, so that standard-mode pages are not judged by elder-mode numbers:
   * choose them with the `elder` tag or {@link elderRunOptions}.
   * @default false
   */
  enabled?: boolean;
  /**
   * The axe-core whose `commons` the checks use. {@link registerElderRules} passes its own.
   * @default globalThis.axe, looked up when a check runs
   */
  axe?: AxeCore;
  /**
   * The `helpUrl` of each rule.
   * @default (id) => `https://www.npmjs.com/package/@elder-ui/axe-rules#${id}`
   */
  helpUrl?: (ruleId: ElderRuleId) => string;
  /**
   * Skip elements whose nearest mode attribute (`themeAttributes.mode` of `@elder-ui/tokens`, on
   * the element or an ancestor) is `standard`, so a standard-mode part of a page (a preview pane,
   * one side of a theme comparison) is not judged by elder-mode numbers, while an elder part inside
   * a standard page is. Elements with no mode attribute above them are always checked: choosing
   * the rules says the page is elder.
   * `elder-motion` has its own scope (see {@link MotionOptions}). `false` checks everything.
   * @default true
   */
  standardScopes?: boolean;
  /** @default { minSize: 18 } */
  textSize?: Partial<TextSizeOptions>;
  /** @default { minSize: 48, primaryMinSize: 60, primarySelector: '[data-eui-target="primary"], [data-eui-target="row"]', exemptInline: true } */
  targetSize?: Partial<TargetSizeOptions>;
  /** @default { minRatio: 1.5, ignore: headings and controls } */
  lineHeight?: Partial<LineHeightOptions>;
  /** @default { text: 7, nonText: 4.5 } */
  contrast?: Partial<ContrastOptions>;
  /** @default { latent: 'review' } */
  noTruncation?: Partial<NoTruncationOptions>;
  /** @default { minDurationMs: 0.01, everywhere: false } */
  motion?: Partial<MotionOptions>;
}
