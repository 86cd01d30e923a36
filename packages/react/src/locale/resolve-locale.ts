import { warnOnce } from '../internal/dev';
import { locales, type Locale } from './messages';

/**
 * Maps a BCP 47 tag to a shipped locale: `zh-Hant`, `zh-HK` and `zh-MO` read
 * Traditional Chinese, other `zh` Simplified, `in` is the old tag for Indonesian.
 * An unknown tag falls back to English with a development warning.
 */
export function resolveLocale(tag: string): Locale {
  const exact = locales.find((locale) => locale.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const [language = '', ...rest] = tag.toLowerCase().split(/[-_]/);
  if (language === 'zh') {
    return rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part)) ? 'zh-TW' : 'zh-CN';
  }
  if (language === 'id' || language === 'in') return 'id';
  if (language === 'en') return 'en';
  if (process.env.NODE_ENV !== 'production') warnOnce(`locale:${tag}`, `Unknown locale "${tag}"; using "en". Shipped locales: ${locales.join(', ')}.`);
  return 'en';
}
