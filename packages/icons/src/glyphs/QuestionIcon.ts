import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link QuestionIcon}. */
export const questionIconData: IconData = {
  name: 'question',
  synonyms: {
    en: ['unknown', 'what is this', 'query'],
    'zh-CN': ['疑问', '问题', '不明白'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0z' },
      { d: 'M9.5 9.25a2.5 2.5 0 1 1 3.4 2.33c-.55.22-.9.75-.9 1.33v.59' },
      { d: 'M12 16.75h.01' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M2.75 12a9.25 9.25 0 1 0 18.5 0a9.25 9.25 0 1 0 -18.5 0z' },
      { d: 'M9.25 9a2.75 2.75 0 1 1 3.75 2.56c-.6.25-1 .8-1 1.44v.25' },
      { d: 'M12 17h.01' },
    ],
  },
};

/**
 * A question mark in a circle: a question.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <QuestionIcon />
 * <QuestionIcon label="Question" />
 */
export const QuestionIcon = /*#__PURE__*/ createIcon(questionIconData);
