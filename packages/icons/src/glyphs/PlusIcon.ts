import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link PlusIcon}. */
export const plusIconData: IconData = {
  name: 'plus',
  synonyms: {
    en: ['add', 'new', 'create'],
    'zh-CN': ['添加', '新增', '加'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M12 5v14' },
      { d: 'M5 12h14' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M12 3.5v17' },
      { d: 'M3.5 12h17' },
    ],
  },
};

/**
 * A plus sign: add.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <PlusIcon />
 * <PlusIcon label="Plus" />
 */
export const PlusIcon = /*#__PURE__*/ createIcon(plusIconData);
