import {
  contrastSettings,
  defaultThemeSettings,
  modes,
  schemeSettings,
  type ThemeSettings,
} from '@elder-ui/tokens/contract';
import { warnOnce } from '../internal/dev';

/** The allowed values of each axis. */
export const allowedValues: { [Axis in keyof ThemeSettings]: readonly ThemeSettings[Axis][] } = {
  mode: modes,
  scheme: schemeSettings,
  contrast: contrastSettings,
};

export const axes = Object.keys(allowedValues) as (keyof ThemeSettings)[];

/** True when `value` is an allowed value of `axis`. */
export function isAxisValue<Axis extends keyof ThemeSettings>(axis: Axis, value: unknown): value is ThemeSettings[Axis] {
  return (allowedValues[axis] as readonly unknown[]).includes(value);
}

/**
 * Keeps the valid axes of user input and drops the rest, warning once in
 * development about each bad value and where it came from.
 */
export function validSettings(input: Partial<Record<keyof ThemeSettings, unknown>>, source: string): Partial<ThemeSettings> {
  const result: Partial<Record<keyof ThemeSettings, string>> = {};
  for (const axis of axes) {
    const value = input[axis];
    if (value === undefined) continue;
    if (isAxisValue(axis, value)) {
      result[axis] = value;
    } else {
      warnOnce(
        `${source}:${axis}:${String(value)}`,
        `Ignoring ${source} ${axis}=${JSON.stringify(value)}: expected one of ${allowedValues[axis].join(', ')}.`,
      );
    }
  }
  return result as Partial<ThemeSettings>;
}

/** Reads a stored theme. A corrupt value yields nothing (and a warning), never an exception. */
export function parseStoredSettings(raw: string | null): Partial<ThemeSettings> {
  if (raw === null) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return validSettings(parsed as Record<string, unknown>, 'stored theme');
    }
  } catch {
    // Falls through to the warning below.
  }
  warnOnce(`stored:${raw}`, `Ignoring a corrupt stored theme ${JSON.stringify(raw.slice(0, 80))}; using defaults.`);
  return {};
}

/** The settings a theme falls back to. */
export const defaults: ThemeSettings = defaultThemeSettings;
