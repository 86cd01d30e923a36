import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link CheckIcon}. */
export const checkIconData: IconData = {
  name: 'check',
  synonyms: {
    en: ['tick', 'yes', 'selected', 'confirm'],
    'zh-CN': ['勾选', '对', '确认', '已选'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M4.5 12.5l5 5 10-11' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M3.5 12.5l5.75 5.75L20.5 6' },
    ],
  },
};

/**
 * A check mark: done or selected.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <CheckIcon />
 * <CheckIcon label="Check" />
 */
export const CheckIcon = /*#__PURE__*/ createIcon(checkIconData);
