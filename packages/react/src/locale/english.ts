import { coreEn } from './core-messages';
import { codeFieldEn } from './messages-code-field';
import { dateFieldEn } from './messages-date-field';
import { formsEn } from './messages-forms';
import { helpEn } from './messages-help';
import { moneyEn } from './messages-money';
import { navigationEn } from './messages-navigation';
import { overlaysEn } from './messages-overlays';
import { readAloudEn } from './messages-read-aloud';
import { searchEn } from './messages-search';
import { summaryEn } from './messages-summary';
import type { Messages } from './messages';

/**
 * The English strings alone: what a component says outside any LocaleProvider. Kept apart from
 * the table of every locale, so a page without a provider ships one language, not four.
 */
export const englishMessages: Messages = {
  ...coreEn,
  ...formsEn,
  ...overlaysEn,
  ...moneyEn,
  ...codeFieldEn,
  ...dateFieldEn,
  ...navigationEn,
  ...helpEn,
  ...summaryEn,
  ...searchEn,
  ...readAloudEn,
};
