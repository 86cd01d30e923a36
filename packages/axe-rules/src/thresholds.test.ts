import { describe, expect, it } from 'vitest';
import { defaultContrast, defaultLineHeight, defaultTargetSize, defaultTextSize } from './defaults.ts';
import { getElderMessages } from './messages.ts';
import { createElderRules } from './rules.ts';
import { defaultElderThresholds, resolveElderThresholds } from './thresholds.ts';

const optionsOf = (spec: ReturnType<typeof createElderRules>, id: string) => spec.checks.find((c) => c.id === id)!.options as Record<string, unknown>;

describe('elder thresholds', () => {
  it('default to the per-rule defaults from ELDER-MODE.md', () => {
    expect(defaultElderThresholds).toEqual({
      textSize: defaultTextSize.minSize,
      targetSize: defaultTargetSize.minSize,
      primaryTargetSize: defaultTargetSize.primaryMinSize,
      lineHeight: defaultLineHeight.minRatio,
      contrast: defaultContrast.text,
      nonTextContrast: defaultContrast.nonText,
    });
    expect(defaultElderThresholds).toEqual({ textSize: 18, targetSize: 48, primaryTargetSize: 60, lineHeight: 1.5, contrast: 7, nonTextContrast: 4.5 });
  });

  it('go into the rules they stand for, and into their messages', () => {
    const spec = createElderRules({ thresholds: { textSize: 20, targetSize: 44, primaryTargetSize: 56, lineHeight: 1.3, contrast: 4.5 } });
    expect(optionsOf(spec, 'elder-text-size')).toMatchObject({ minSize: 20 });
    expect(optionsOf(spec, 'elder-target-size')).toMatchObject({ minSize: 44, primaryMinSize: 56, exemptInline: true });
    expect(optionsOf(spec, 'elder-line-height')).toMatchObject({ minRatio: 1.3 });
    expect(optionsOf(spec, 'elder-contrast')).toMatchObject({ text: 4.5, nonText: 4.5 });
    expect(spec.rules.find((r) => r.id === 'elder-text-size')!.metadata!.help).toContain('20');
    expect(getElderMessages('en', { textSize: { minSize: 20 } }).rules['elder-text-size'].help).toBe(spec.rules.find((r) => r.id === 'elder-text-size')!.metadata!.help);
  });

  it('give way to a per-rule option given as well', () => {
    const spec = createElderRules({ thresholds: { textSize: 20 }, textSize: { minSize: 16 } });
    expect(optionsOf(spec, 'elder-text-size')).toMatchObject({ minSize: 16 });
  });

  it.each([
    [{ fontSize: 18 }, /Unknown elder threshold "fontSize"/],
    [{ textSize: 0 }, /textSize must be a number from 1 up/],
    [{ contrast: 22 }, /contrast must be a number from 1 to 21/],
    [{ lineHeight: '1.5' }, /lineHeight must be a number/],
    [{ targetSize: 60, primaryTargetSize: 48 }, /primaryTargetSize \(48\) is smaller than targetSize \(60\)/],
    [null, /must be an object/],
  ])('refuse %j with a RangeError that names it', (given, message) => {
    expect(() => resolveElderThresholds(given)).toThrow(RangeError);
    expect(() => resolveElderThresholds(given)).toThrow(message);
    if (given && typeof given === 'object') expect(() => createElderRules({ thresholds: given as never })).toThrow(message);
  });
});
