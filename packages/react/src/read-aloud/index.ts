export { ReadAloud } from './ReadAloud';
export type { ReadAloudProps } from './ReadAloud';
export { ReadAloudProvider } from './ReadAloudProvider';
export type { ReadAloudProviderProps } from './ReadAloudProvider';
export { useReadAloud } from './use-read-aloud';
export type { ReadAloudApi, ReadAloudOptions, ReadAloudOutcome, ReadAloudState } from './use-read-aloud';
export type { SpeechEngine, SpeechUtterance, SpeechVoice } from './speech';
