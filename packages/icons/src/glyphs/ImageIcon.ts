import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link ImageIcon}. */
export const imageIconData: IconData = {
  name: 'image',
  synonyms: {
    en: ['picture', 'photo', 'gallery', 'album'],
    'zh-CN': ['图片', '照片', '相册'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M5 4h14a2 2 0 0 1 2 2v12a2 2 0 0 1 -2 2h-14a2 2 0 0 1 -2 -2v-12a2 2 0 0 1 2 -2z' },
      { d: 'M6.75 9a1.75 1.75 0 1 0 3.5 0a1.75 1.75 0 1 0 -3.5 0z' },
      { d: 'M21 15.5 16 10.5 6.5 20' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M5 4h14a2.5 2.5 0 0 1 2.5 2.5v11a2.5 2.5 0 0 1 -2.5 2.5h-14a2.5 2.5 0 0 1 -2.5 -2.5v-11a2.5 2.5 0 0 1 2.5 -2.5z' },
      { d: 'M3 18.5l6-6 7.5 7.5' },
      { d: 'M14.75 9.5a1.25 1.25 0 1 0 2.5 0a1.25 1.25 0 1 0 -2.5 0z', fill: true },
    ],
  },
};

/**
 * A framed landscape: a picture.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <ImageIcon />
 * <ImageIcon label="Image" />
 */
export const ImageIcon = /*#__PURE__*/ createIcon(imageIconData);
