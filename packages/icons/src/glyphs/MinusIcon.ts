import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link MinusIcon}. */
export const minusIconData: IconData = {
  name: 'minus',
  synonyms: {
    en: ['remove', 'subtract', 'less'],
    'zh-CN': ['减少', '移除', '减'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M5 12h14' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M3.5 12h17' },
    ],
  },
};

/**
 * A minus sign: remove or reduce.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <MinusIcon />
 * <MinusIcon label="Minus" />
 */
export const MinusIcon = /*#__PURE__*/ createIcon(minusIconData);
