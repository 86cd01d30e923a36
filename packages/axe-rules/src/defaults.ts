import { primaryTarget, rowTarget, targetAttribute } from '@elder-ui/tokens/contract';
import type {
  ContrastOptions,
  LineHeightOptions,
  MotionOptions,
  NoTruncationOptions,
  TargetSizeOptions,
  TextSizeOptions,
} from './types.ts';

/** ELDER-MODE.md, "Type": smallest text anywhere in elder mode. */
export const defaultTextSize: TextSizeOptions = { minSize: 18 };

/** ELDER-MODE.md, "Targets and spacing". */
export const defaultTargetSize: TargetSizeOptions = {
  minSize: 48,
  primaryMinSize: 60,
  primarySelector: `[${targetAttribute}="${primaryTarget}"], [${targetAttribute}="${rowTarget}"]`,
  exemptInline: true,
};

/** WCAG 1.4.8 and 1.4.12 both use 1.5 for body text. */
export const defaultLineHeight: LineHeightOptions = {
  minRatio: 1.5,
  ignore: [
    'h1, h2, h3, h4, h5, h6, [role="heading"]',
    'button, [role="button"], input, select, textarea, option, label, legend',
    '[role="tab"], [role="menuitem"], [role="option"]',
  ].join(', '),
};

/** ELDER-MODE.md, "Colour and contrast", elder column. */
export const defaultContrast: ContrastOptions = { text: 7, nonText: 4.5 };

export const defaultNoTruncation: NoTruncationOptions = { latent: 'review' };

export const defaultMotion: MotionOptions = { minDurationMs: 0.01, everywhere: false };

/** Merges run-time check options over the defaults (axe hands custom checks its options as given). */
export function withDefaults<T extends object>(defaults: T, options: unknown): T {
  return options && typeof options === 'object' ? { ...defaults, ...(options as Partial<T>) } : { ...defaults };
}
