import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link CloseIcon}. */
export const closeIconData: IconData = {
  name: 'close',
  synonyms: {
    en: ['dismiss', 'cancel', 'x'],
    'zh-CN': ['关闭', '取消', '叉'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M6 6l12 12' },
      { d: 'M18 6 6 18' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M5 5l14 14' },
      { d: 'M19 5 5 19' },
    ],
  },
};

/**
 * A cross: close or dismiss.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <CloseIcon />
 * <CloseIcon label="Close" />
 */
export const CloseIcon = /*#__PURE__*/ createIcon(closeIconData);
