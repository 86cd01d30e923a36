import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link MessageIcon}. */
export const messageIconData: IconData = {
  name: 'message',
  synonyms: {
    en: ['chat', 'sms', 'conversation'],
    'zh-CN': ['消息', '聊天', '短信', '信息'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M5.5 4h13a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H10l-4.5 3.5V17a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z' },
      { d: 'M8 8.75h8' },
      { d: 'M8 12.25h5' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M5.5 3h13A2.5 2.5 0 0 1 21 5.5v10a2.5 2.5 0 0 1-2.5 2.5H10.5L5.5 21.5V18A2.5 2.5 0 0 1 3 15.5v-10A2.5 2.5 0 0 1 5.5 3z' },
    ],
  },
};

/**
 * A speech bubble: messages. The elder drawing drops the text lines.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <MessageIcon />
 * <MessageIcon label="Message" />
 */
export const MessageIcon = /*#__PURE__*/ createIcon(messageIconData);
