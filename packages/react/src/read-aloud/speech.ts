/**
 * The speech engine read aloud talks to. Its shape is the part of the Web Speech API's
 * `speechSynthesis` that read aloud uses, so the browser's own object fits it as it is; a test,
 * or a product with its own text-to-speech service, passes an object of its own instead.
 */

/** A voice an engine offers, as `SpeechSynthesisVoice` describes one. */
export interface SpeechVoice {
  /** What the voice is called, such as "Google 普通话（中国大陆）". */
  readonly name: string;
  /** Its language, a BCP 47 tag such as `zh-CN`; some systems write `zh_CN` or `in_ID`, which read aloud understands. */
  readonly lang: string;
  /** A stable identifier, where the engine has one. */
  readonly voiceURI?: string;
  /** True for a voice that works offline. */
  readonly localService?: boolean;
  /** True for the engine's default voice. */
  readonly default?: boolean;
}

/**
 * One sentence to say. An injected engine receives plain objects of this shape; the browser's
 * own engine receives a `SpeechSynthesisUtterance` with the same fields set. The engine calls
 * `onstart` when it begins to say it, `onend` when it is done, and `onerror` when it cannot.
 */
export interface SpeechUtterance {
  text: string;
  /** The sentence's language, a BCP 47 tag. */
  lang: string;
  /** The voice chosen for the language; never one of another language. */
  voice: SpeechVoice | null;
  /** Speed, where 1 is the voice's normal speed. */
  rate: number;
  onstart: ((event: unknown) => void) | null;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
}

/**
 * A speech engine: the browser's `speechSynthesis`, or anything with the same few members.
 * `speak()` queues an utterance behind the ones already queued; `cancel()` empties the queue
 * and silences the one being said.
 */
export interface SpeechEngine {
  /** The voices available now; may be empty until the engine has loaded them. */
  getVoices(): readonly SpeechVoice[];
  speak(utterance: SpeechUtterance): void;
  cancel(): void;
  /** Listens for `voiceschanged`, sent when the voices have loaded or changed. */
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
  /** Chrome can be left paused after a tab switch; read aloud resumes it before it speaks. */
  readonly paused?: boolean;
  resume?(): void;
}

/** The browser's engine, or `null` on the server and in browsers without speech. */
export function browserSpeech(): SpeechEngine | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return null;
  return window.speechSynthesis as unknown as SpeechEngine;
}

/**
 * A new utterance for `engine`. The browser's own engine needs real `SpeechSynthesisUtterance`
 * objects (and only takes its own voice objects); any other engine gets a plain object.
 */
export function createUtterance(engine: SpeechEngine, text: string): SpeechUtterance {
  if (engine === browserSpeech() && typeof SpeechSynthesisUtterance === 'function') {
    return new SpeechSynthesisUtterance(text) as unknown as SpeechUtterance;
  }
  return { text, lang: '', voice: null, rate: 1, onstart: null, onend: null, onerror: null };
}
