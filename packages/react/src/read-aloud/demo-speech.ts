import type { SpeechEngine, SpeechUtterance, SpeechVoice } from './speech';

/** One voice per language the kit speaks, as a stand-in engine offers them. */
export const demoVoices: readonly SpeechVoice[] = [
  { name: 'Stand-in English', lang: 'en-US', voiceURI: 'demo-en', localService: true },
  { name: 'Stand-in 普通话', lang: 'zh-CN', voiceURI: 'demo-zh-CN', localService: true },
  { name: 'Stand-in 國語', lang: 'zh-TW', voiceURI: 'demo-zh-TW', localService: true },
  { name: 'Stand-in Bahasa Indonesia', lang: 'id-ID', voiceURI: 'demo-id', localService: true },
];

/** Options of {@link DemoSpeech}. */
export interface DemoSpeechOptions {
  /** The voices it offers; an empty list and `voicesLater` stand for an engine still loading them. */
  voices?: readonly SpeechVoice[];
  /** Finish each utterance by itself after about the time it would take to say (silently). */
  auto?: boolean;
}

/**
 * A speech engine that makes no sound: it records every utterance and calls `onstart`, `onend`
 * and `onerror` as a browser does. Stories use it (`auto`) so the highlight moves on any machine,
 * and tests drive it by hand with {@link DemoSpeech.finish}. A product's own engine (a
 * server-side voice, say) has the same shape: see {@link SpeechEngine}.
 */
export class DemoSpeech implements SpeechEngine {
  /** Every utterance given to `speak()`, in order. */
  readonly spoken: SpeechUtterance[] = [];
  /** How often `cancel()` was called. */
  cancels = 0;
  private queue: SpeechUtterance[] = [];
  private voices: readonly SpeechVoice[];
  private readonly listeners = new Set<() => void>();
  private readonly auto: boolean;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor({ voices = demoVoices, auto = false }: DemoSpeechOptions = {}) {
    this.voices = voices;
    this.auto = auto;
  }

  getVoices(): readonly SpeechVoice[] {
    return this.voices;
  }

  /** Replaces the voices and sends `voiceschanged`, as a browser does once it has loaded them. */
  setVoices(voices: readonly SpeechVoice[]) {
    this.voices = voices;
    for (const listener of [...this.listeners]) listener();
  }

  addEventListener(_type: 'voiceschanged', listener: () => void) {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'voiceschanged', listener: () => void) {
    this.listeners.delete(listener);
  }

  speak(utterance: SpeechUtterance) {
    this.spoken.push(utterance);
    this.queue.push(utterance);
    if (this.queue.length === 1) this.startNext();
  }

  cancel() {
    this.cancels++;
    clearTimeout(this.timer);
    const dropped = this.queue;
    this.queue = [];
    dropped.forEach((utterance, index) => utterance.onerror?.({ error: index === 0 ? 'interrupted' : 'canceled' }));
  }

  /** The utterance being said, if any. */
  get current(): SpeechUtterance | undefined {
    return this.queue[0];
  }

  /** True while something is being said or waits to be. */
  get speaking(): boolean {
    return this.queue.length > 0;
  }

  /** Ends the utterance being said and starts the next one. */
  finish() {
    clearTimeout(this.timer);
    const done = this.queue.shift();
    done?.onend?.({});
    this.startNext();
  }

  private startNext() {
    const next = this.queue[0];
    if (!next) return;
    next.onstart?.({});
    if (this.auto) {
      // About as long as saying it: a Chinese character takes longer than a letter.
      const units = [...next.text].reduce((sum, char) => sum + (/[\u3400-\u9fff]/.test(char) ? 4 : 1), 0);
      this.timer = setTimeout(() => this.finish(), (units * 60) / (next.rate || 1));
    }
  }
}
