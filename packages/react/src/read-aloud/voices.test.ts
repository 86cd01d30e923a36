import { describe, expect, it } from 'vitest';
import { chooseVoice, normaliseLanguage } from './voices';

const voice = (lang: string, extra: { name?: string; default?: boolean } = {}) => ({ name: extra.name ?? lang, lang, ...extra });

describe('normaliseLanguage', () => {
  it.each([
    ['en_US', 'en-US'],
    ['in_ID', 'id-ID'],
    ['zh_TW', 'zh-TW'],
    ['cmn-Hans-CN', 'zh-Hans-CN'],
    ['zh_CN#Hans', 'zh-CN'],
    ['EN-gb', 'en-GB'],
  ])('reads %s as %s', (tag, expected) => {
    expect(normaliseLanguage(tag)).toBe(expected);
  });
});

describe('chooseVoice', () => {
  const voices = [voice('en-US'), voice('en-GB'), voice('zh_CN'), voice('zh-HK'), voice('zh-TW'), voice('in_ID')];

  it.each([
    ['zh-CN', 'zh_CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['id-ID', 'in_ID'],
    ['id', 'in_ID'],
    ['en', 'en-US'],
    ['en-GB', 'en-GB'],
  ])('reads %s with the %s voice', (lang, expected) => {
    expect(chooseVoice(voices, lang)?.lang).toBe(expected);
  });

  it('reads Traditional Chinese with a Traditional voice before a Simplified one', () => {
    expect(chooseVoice([voice('zh-CN'), voice('zh-HK')], 'zh-TW')?.lang).toBe('zh-HK');
  });

  it('never reads Chinese or Indonesian with an English voice', () => {
    const english = [voice('en-US', { default: true }), voice('en-GB')];
    expect(chooseVoice(english, 'zh-CN')).toBeNull();
    expect(chooseVoice(english, 'zh-TW')).toBeNull();
    expect(chooseVoice(english, 'id-ID')).toBeNull();
    expect(chooseVoice([], 'en')).toBeNull();
  });

  it('takes the voice the person chose when it speaks the language, and the default among equals', () => {
    const two = [voice('en-US', { name: 'Alex' }), voice('en-US', { name: 'Sam', default: true })];
    expect(chooseVoice(two, 'en-US')?.name).toBe('Sam');
    expect(chooseVoice(two, 'en-US', ['Alex'])?.name).toBe('Alex');
    expect(chooseVoice([voice('en-US', { name: 'Alex' })], 'zh-CN', ['Alex'])).toBeNull();
  });
});
