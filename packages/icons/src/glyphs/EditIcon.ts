import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link EditIcon}. */
export const editIconData: IconData = {
  name: 'edit',
  synonyms: {
    en: ['pencil', 'write', 'change', 'modify'],
    'zh-CN': ['编辑', '修改', '写', '铅笔'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M4 20v-3.5L15.25 5.25a2 2 0 0 1 2.83 0l.67.67a2 2 0 0 1 0 2.83L7.5 20z' },
      { d: 'M13.5 7l3.5 3.5' },
      { d: 'M13 20h7' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M3.5 20.5v-4.25L15.5 4.25l4.25 4.25-12 12z' },
    ],
  },
};

/**
 * A pencil: edit.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <EditIcon />
 * <EditIcon label="Edit" />
 */
export const EditIcon = /*#__PURE__*/ createIcon(editIconData);
