export { ReadAloud } from './ReadAloud';
export type { ReadAloudProps } from './ReadAloud';
export { ReadAloudProvider, useReadAloud } from './ReadAloudProvider';
export type {
  ReadAloudApi,
  ReadAloudOptions,
  ReadAloudOutcome,
  ReadAloudProviderProps,
  ReadAloudState,
} from './ReadAloudProvider';
export type { SpeechEngine, SpeechUtterance, SpeechVoice } from './speech';
