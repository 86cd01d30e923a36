import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../internal/dev';
import { locales, messages } from './messages';
import { resolveLocale } from './resolve-locale';

afterEach(() => {
  vi.restoreAllMocks();
  resetWarnings();
});

describe('resolveLocale', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-SG', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh_tw', 'zh-TW'],
    ['id', 'id'],
    ['id-ID', 'id'],
    ['in', 'id'],
  ])('maps %s to %s', (tag, expected) => {
    expect(resolveLocale(tag)).toBe(expected);
  });

  it('falls back to English for an unknown tag and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(resolveLocale('fr-FR')).toBe('en');
    expect(resolveLocale('fr-FR')).toBe('en');
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('the shipped messages', () => {
  it('give every locale every string, none empty', () => {
    const keys = Object.keys(messages.en).sort();
    for (const locale of locales) {
      expect(Object.keys(messages[locale]).sort()).toEqual(keys);
      for (const text of Object.values(messages[locale])) expect(text.trim()).not.toBe('');
    }
  });

  it('name elder mode by the words people search for', () => {
    expect(messages['zh-CN'].elderMode).toBe('长辈模式');
    expect(messages['zh-CN'].elderModeDescription).toMatch(/长辈版/);
    expect(messages['zh-CN'].elderModeDescription).toMatch(/关怀模式/);
    expect(messages.en.elderMode.toLowerCase()).toBe('elder mode');
    expect(messages.en.elderModeDescription.toLowerCase()).toMatch(/larger text/);
    expect(messages.id.elderMode.toLowerCase()).toBe('mode lansia');
  });
});
