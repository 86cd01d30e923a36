import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link DeleteIcon}. */
export const deleteIconData: IconData = {
  name: 'delete',
  synonyms: {
    en: ['trash', 'remove', 'bin', 'discard'],
    'zh-CN': ['删除', '垃圾桶', '移除'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M4 6.5h16' },
      { d: 'M9 6.5V5a1.5 1.5 0 0 1 1.5-1.5h3A1.5 1.5 0 0 1 15 5v1.5' },
      { d: 'M6 6.5l.9 12.6a2 2 0 0 0 2 1.9h6.2a2 2 0 0 0 2-1.9L18 6.5' },
      { d: 'M10 10.5v6' },
      { d: 'M14 10.5v6' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M3 6h18' },
      { d: 'M9 6V3h6v3' },
      { d: 'M5.75 6 7 21h10l1.25-15' },
    ],
  },
};

/**
 * A waste bin: delete.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <DeleteIcon />
 * <DeleteIcon label="Delete" />
 */
export const DeleteIcon = /*#__PURE__*/ createIcon(deleteIconData);
