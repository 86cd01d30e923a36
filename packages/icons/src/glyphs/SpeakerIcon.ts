import { createIcon } from '../createIcon';
import type { IconData } from '../types';

/** The two drawings and the search names of {@link SpeakerIcon}. */
export const speakerIconData: IconData = {
  name: 'speaker',
  synonyms: {
    en: ['read aloud', 'sound', 'volume', 'audio'],
    'zh-CN': ['朗读', '声音', '音量', '播放语音'],
  },
  standard: {
    strokeWidth: 1.75,
    paths: [
      { d: 'M3.5 9.5a1 1 0 0 1 1-1h3L12 4.5v15l-4.5-4H4.5a1 1 0 0 1-1-1z' },
      { d: 'M15.5 9a4 4 0 0 1 0 6' },
      { d: 'M18.25 6.25a8 8 0 0 1 0 11.5' },
    ],
  },
  elder: {
    strokeWidth: 2.75,
    paths: [
      { d: 'M3 8.75h4.25L12 4.5v15l-4.75-4.25H3z', fill: true },
      { d: 'M15.75 8.5a5 5 0 0 1 0 7' },
      { d: 'M18.75 5.25a9.5 9.5 0 0 1 0 13.5' },
    ],
  },
};

/**
 * A loudspeaker with sound waves: read aloud.
 *
 * Decorative (hidden from assistive technology) unless given a `label`.
 *
 * @example
 * <SpeakerIcon />
 * <SpeakerIcon label="Speaker" />
 */
export const SpeakerIcon = /*#__PURE__*/ createIcon(speakerIconData);
