import type { Locale } from './locales';

/** Built-in strings of the search field. */
export interface SearchMessages {
  /** The button that empties a search field; words beside its icon in elder mode, its name in both modes. */
  searchClear: string;
  /** The result count when nothing was found. */
  searchResultsNone: string;
  /** The result count where the locale's plural rules say "one" (`Intl.PluralRules`). `{count}` is the number. */
  searchResultsOne: string;
  /** The result count for every other number. `{count}` is the number, grouped the locale's way. */
  searchResultsOther: string;
}

/** The search strings per locale. Chinese and Indonesian have one plural form, so "one" reads as "other". */
/** The English search strings: a component's fallback outside any LocaleProvider. */
export const searchEn: SearchMessages = {
  searchClear: 'Clear search',
  searchResultsNone: 'No results',
  searchResultsOne: '{count} result',
  searchResultsOther: '{count} results',
};

export const searchMessages: Record<Locale, SearchMessages> = {
  en: searchEn,
  'zh-CN': {
    searchClear: '清除搜索',
    searchResultsNone: '没有找到结果',
    searchResultsOne: '找到 {count} 条结果',
    searchResultsOther: '找到 {count} 条结果',
  },
  'zh-TW': {
    searchClear: '清除搜尋',
    searchResultsNone: '沒有找到結果',
    searchResultsOne: '找到 {count} 筆結果',
    searchResultsOther: '找到 {count} 筆結果',
  },
  id: {
    searchClear: 'Hapus pencarian',
    searchResultsNone: 'Tidak ada hasil',
    searchResultsOne: '{count} hasil',
    searchResultsOther: '{count} hasil',
  },
};
