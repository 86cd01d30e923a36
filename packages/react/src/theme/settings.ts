import {
  contrastSettings,
  defaultTextSize,
  defaultThemeSettings,
  modes,
  schemeSettings,
  textSizeAttribute,
  textSizes,
  themeAttributes,
  type DisplaySettings,
} from '@elder-ui/tokens/contract';
import { warnOnce } from '../internal/dev';

/** One setting the provider keeps: a theme axis or the text size. */
export type Setting = keyof DisplaySettings;

/** The allowed values of each setting. */
export const allowedValues: { [Axis in Setting]: readonly DisplaySettings[Axis][] } = {
  mode: modes,
  scheme: schemeSettings,
  contrast: contrastSettings,
  textSize: textSizes,
};

export const axes = Object.keys(allowedValues) as Setting[];

/** The attribute on `<html>` that carries each setting. */
export const settingAttributes: { [Axis in Setting]: string } = { ...themeAttributes, textSize: textSizeAttribute };

/** True when `value` is an allowed value of `axis`. */
export function isAxisValue<Axis extends Setting>(axis: Axis, value: unknown): value is DisplaySettings[Axis] {
  return (allowedValues[axis] as readonly unknown[]).includes(value);
}

/**
 * Keeps the valid settings of user input and drops the rest, warning once in
 * development about each bad value and where it came from.
 */
export function validSettings(input: Partial<Record<Setting, unknown>>, source: string): Partial<DisplaySettings> {
  const result: Partial<Record<Setting, unknown>> = {};
  for (const axis of axes) {
    const value = input[axis];
    if (value === undefined) continue;
    if (isAxisValue(axis, value)) {
      result[axis] = value;
    } else if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        `${source}:${axis}:${String(value)}`,
        `Ignoring ${source} ${axis}=${JSON.stringify(value)}: expected one of ${allowedValues[axis].join(', ')}.`,
      );
    }
  }
  return result as Partial<DisplaySettings>;
}

/** Reads stored settings. A corrupt value yields nothing (and a warning), never an exception. */
export function parseStoredSettings(raw: string | null): Partial<DisplaySettings> {
  if (raw === null) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return validSettings(parsed as Record<string, unknown>, 'stored theme');
    }
  } catch {
    // Falls through to the warning below.
  }
  if (process.env.NODE_ENV !== 'production') warnOnce(`stored:${raw}`, `Ignoring a corrupt stored theme ${JSON.stringify(raw.slice(0, 80))}; using defaults.`);
  return {};
}

/** The settings the provider falls back to. */
export const defaults: DisplaySettings = { ...defaultThemeSettings, textSize: defaultTextSize };
