import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link RefreshIcon}. */
export const refreshIconData: IconData = {
  name: 'refresh',
  synonyms: {
    en: ['reload', 'update', 'sync', 'again'],
    'zh-CN': ['刷新', '重新加载', '更新'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M19.42 15a8 8 0 1 1-1.76-8.66L20.5 9' },
      { d: 'M20.5 4v5h-5' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M19.5 15.5A8.25 8.25 0 1 1 17 5.5' },
      { d: 'M20.5 3.5v6h-6z', fill: true },
    ],
  },
};

/**
 * A circular arrow: refresh.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <RefreshIcon />
 * <RefreshIcon label="Refresh" />
 */
export const RefreshIcon = /*#__PURE__*/ createIcon(refreshIconData);
