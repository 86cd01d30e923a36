import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link HelpIcon}. */
export const helpIconData: IconData = {
  name: 'help',
  synonyms: {
    en: ['support', 'ask', 'faq'],
    'zh-CN': ['帮助', '求助', '常见问题'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M5.5 4h13a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H10l-4.5 3.5V17a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z' },
      { d: 'M9.75 8.25a2.25 2.25 0 1 1 3.1 2.08c-.5.22-.85.7-.85 1.25v.42' },
      { d: 'M12 14.25h.01' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M5.5 2.5h13A2.5 2.5 0 0 1 21 5v11a2.5 2.5 0 0 1-2.5 2.5H10.5l-5 3.5v-3.5A2.5 2.5 0 0 1 3 16V5a2.5 2.5 0 0 1 2.5-2.5z' },
      { d: 'M10 8.25a2 2 0 1 1 2.8 1.83c-.5.22-.8.67-.8 1.17v.25' },
      { d: 'M12 15.25h.01' },
    ],
  },
};

/**
 * A speech bubble with a question mark: get help.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <HelpIcon />
 * <HelpIcon label="Help" />
 */
export const HelpIcon = /*#__PURE__*/ createIcon(helpIconData);
