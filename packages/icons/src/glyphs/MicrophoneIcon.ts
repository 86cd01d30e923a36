import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link MicrophoneIcon}. */
export const microphoneIconData: IconData = {
  name: 'microphone',
  synonyms: {
    en: ['voice', 'speak', 'record', 'mic'],
    'zh-CN': ['语音', '麦克风', '说话', '录音'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M12 3h0a3 3 0 0 1 3 3v5.5a3 3 0 0 1 -3 3h0a3 3 0 0 1 -3 -3v-5.5a3 3 0 0 1 3 -3z' },
      { d: 'M5.5 11a6.5 6.5 0 0 0 13 0' },
      { d: 'M12 17.5V21' },
      { d: 'M8.5 21h7' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M12 2.5h0a3.25 3.25 0 0 1 3.25 3.25v5a3.25 3.25 0 0 1 -3.25 3.25h0a3.25 3.25 0 0 1 -3.25 -3.25v-5a3.25 3.25 0 0 1 3.25 -3.25z', fill: true },
      { d: 'M5 11a7 7 0 0 0 14 0' },
      { d: 'M12 18v3.5' },
    ],
  },
};

/**
 * A microphone: speak or record.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <MicrophoneIcon />
 * <MicrophoneIcon label="Microphone" />
 */
export const MicrophoneIcon = /*#__PURE__*/ createIcon(microphoneIconData);
