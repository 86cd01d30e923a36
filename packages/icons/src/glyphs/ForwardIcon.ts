import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link ForwardIcon}. */
export const forwardIconData: IconData = {
  name: 'forward',
  synonyms: {
    en: ['next', 'continue', 'arrow right'],
    'zh-CN': ['前进', '下一步', '继续'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M5 12h13.5' },
      { d: 'M13 6l6 6-6 6' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M4 12h15' },
      { d: 'M12.5 4.5 20 12l-7.5 7.5' },
    ],
  },
};

/**
 * An arrow pointing right: go forward.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <ForwardIcon />
 * <ForwardIcon label="Forward" />
 */
export const ForwardIcon = /*#__PURE__*/ createIcon(forwardIconData);
