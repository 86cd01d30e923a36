import { defaultContrast, defaultLineHeight, defaultTargetSize, defaultTextSize } from './defaults.ts';
import type { ElderRulesOptions, ElderThresholds } from './types.ts';

/**
 * The numbers elder mode is judged by, from ELDER-MODE.md (the per-rule defaults): 18 px text,
 * 48 px targets and 60 px primary targets, 1.5 line height, 7 : 1 text and 4.5 : 1 non-text contrast.
 */
export const defaultElderThresholds: Readonly<ElderThresholds> = Object.freeze({
  textSize: defaultTextSize.minSize,
  targetSize: defaultTargetSize.minSize,
  primaryTargetSize: defaultTargetSize.primaryMinSize,
  lineHeight: defaultLineHeight.minRatio,
  contrast: defaultContrast.text,
  nonTextContrast: defaultContrast.nonText,
});

/** The names of {@link ElderThresholds}, in the order they are documented. */
export const elderThresholdKeys = Object.keys(defaultElderThresholds) as readonly (keyof ElderThresholds)[];

/** What each threshold may be: a unit for messages, and its lowest sensible value. */
const limits: Record<keyof ElderThresholds, { unit: string; min: number }> = {
  textSize: { unit: 'CSS px', min: 1 },
  targetSize: { unit: 'CSS px', min: 1 },
  primaryTargetSize: { unit: 'CSS px', min: 1 },
  lineHeight: { unit: '× the font size', min: 1 },
  contrast: { unit: ': 1', min: 1 },
  nonTextContrast: { unit: ': 1', min: 1 },
};

/**
 * Checks thresholds given from outside (a config file, a caller) and fills the rest with
 * {@link defaultElderThresholds}.
 *
 * @param given Any value; an object with some of the threshold names. @default {}
 * @throws {RangeError} Naming the field: an unknown name, or a value that is not a finite number
 *   in range (at least 1; contrast ratios at most 21).
 */
export function resolveElderThresholds(given: unknown = {}): ElderThresholds {
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new RangeError(`Elder thresholds must be an object with some of ${elderThresholdKeys.join(', ')}.`);
  }
  const result: ElderThresholds = { ...defaultElderThresholds };
  for (const [key, value] of Object.entries(given)) {
    if (!(elderThresholdKeys as readonly string[]).includes(key)) {
      throw new RangeError(`Unknown elder threshold "${key}": use ${elderThresholdKeys.join(', ')}.`);
    }
    const name = key as keyof ElderThresholds;
    const { unit, min } = limits[name];
    const max = unit === ': 1' ? 21 : Infinity;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      throw new RangeError(
        `Elder threshold ${name} must be a number from ${min}${max === Infinity ? ' up' : ` to ${max}`} (${unit}); got ${JSON.stringify(value)}.`,
      );
    }
    result[name] = value;
  }
  if (result.primaryTargetSize < result.targetSize) {
    throw new RangeError(`Elder threshold primaryTargetSize (${result.primaryTargetSize}) is smaller than targetSize (${result.targetSize}).`);
  }
  return result;
}

/**
 * Puts `options.thresholds` into the per-rule options they stand for. A per-rule option given
 * as well (`textSize.minSize`) wins.
 */
export function applyThresholds(options: ElderRulesOptions): ElderRulesOptions {
  if (!options.thresholds) return options;
  const t = resolveElderThresholds(options.thresholds);
  return {
    ...options,
    textSize: { minSize: t.textSize, ...options.textSize },
    targetSize: { minSize: t.targetSize, primaryMinSize: t.primaryTargetSize, ...options.targetSize },
    lineHeight: { minRatio: t.lineHeight, ...options.lineHeight },
    contrast: { text: t.contrast, nonText: t.nonTextContrast, ...options.contrast },
  };
}
