import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link TextSizeIcon}. */
export const textSizeIconData: IconData = {
  name: 'text-size',
  synonyms: {
    en: ['font size', 'larger text', 'zoom text', 'aa'],
    'zh-CN': ['字体大小', '大字', '字号', '文字大小'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M2.5 19.5 7.5 4.5l5 15' },
      { d: 'M4.2 14.5h6.6' },
      { d: 'M14.75 19.5 18 11l3.25 8.5' },
      { d: 'M15.7 17h4.6' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M2.25 20.5 7.5 5l5.25 15.5' },
      { d: 'M4.1 15h6.8' },
      { d: 'M15 20.5l3.25-9 3.25 9' },
      { d: 'M16 17.75h4.5' },
    ],
  },
};

/**
 * A large and a small letter A: text size.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <TextSizeIcon />
 * <TextSizeIcon label="Text size" />
 */
export const TextSizeIcon = /*#__PURE__*/ createIcon(textSizeIconData);
