import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link DocumentIcon}. */
export const documentIconData: IconData = {
  name: 'document',
  synonyms: {
    en: ['file', 'page', 'paper', 'contract'],
    'zh-CN': ['文件', '文档', '合同', '资料'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z' },
      { d: 'M14 3v5h5' },
      { d: 'M9 12.5h6' },
      { d: 'M9 16.5h6' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M14.5 2.5h-8a2 2 0 0 0-2 2v15a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2v-12z' },
      { d: 'M8.5 12.5h7' },
      { d: 'M8.5 17h7' },
    ],
  },
};

/**
 * A page with a folded corner: a document.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <DocumentIcon />
 * <DocumentIcon label="Document" />
 */
export const DocumentIcon = /*#__PURE__*/ createIcon(documentIconData);
