import { announce } from '../internal/announce';
import { highlightName } from './highlight.css';
import type { Sentence } from './sentences';
import { createUtterance, type SpeechEngine, type SpeechUtterance, type SpeechVoice } from './speech';

/**
 * Where the engine stands: `loading` until its voices are known (and always on the server),
 * `unsupported` where the browser has no speech, `ready` once the voices are known (the list may
 * be empty: then no language has a voice).
 */
export type ReaderAvailability = 'loading' | 'unsupported' | 'ready';

/** What is being read: the element or string given, which sentence, of how many. */
export interface ReaderPlayback {
  target: Element | string;
  /** The sentence being said, from 0. */
  index: number;
  total: number;
  text: string;
  voice: SpeechVoice;
}

/** A snapshot of the reader; a new object whenever anything in it changes. */
export interface ReaderSnapshot {
  availability: ReaderAvailability;
  voices: readonly SpeechVoice[];
  playback: ReaderPlayback | null;
}

/** How long to wait for `voiceschanged` before deciding that there are no voices. */
export const voicesTimeout = 3000;

/** On the server, and in the first render after it: not known yet, so every button is disabled. */
export const serverSnapshot: ReaderSnapshot = { availability: 'loading', voices: [], playback: null };

/** The Navigation API, where the browser has it: its `navigate` event also fires for a router's `pushState`. */
function navigationOf(window: Window): EventTarget | undefined {
  return (window as Window & { navigation?: EventTarget }).navigation;
}

/** Errors an engine reports for utterances that were cancelled on purpose. */
const cancelled = new Set(['interrupted', 'canceled']);

function highlight(range: Range | null) {
  // CSS Custom Highlight API: marks the sentence without touching the DOM. Missing in older
  // browsers (Firefox before 140), where reading works without it.
  const highlights = typeof CSS === 'undefined' ? undefined : CSS.highlights;
  if (!highlights || typeof Highlight !== 'function') return;
  if (range) highlights.set(highlightName, new Highlight(range));
  else highlights.delete(highlightName);
}

/** What the words of the announcements are, read when they are said. */
export interface ReaderWords {
  reading: string;
  stopped: string;
}

/**
 * One speech queue for a page: it knows the engine's voices, says one utterance per sentence,
 * follows which one is being said (and highlights it), and stops on request. Only one text is
 * read at a time: starting another cancels the first.
 */
export class Reader {
  private snapshot: ReaderSnapshot;
  private readonly listeners = new Set<() => void>();
  private session = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;
  /**
   * The utterances queued now. Chrome drops an utterance's events once nothing holds it (the
   * reading then never ends), so the queue keeps them until it is done.
   */
  private utterances: SpeechUtterance[] = [];
  /** The words of the last reading, for the "Stopped" said when it stops. */
  private words: ReaderWords | null = null;
  private readonly onVoicesChanged = () => this.loadVoices();
  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.stop();
  };
  private readonly onLeave = () => this.stop();
  /** A router's move to another page (Navigation API, Chromium): stops; a jump within the page does not. */
  private readonly onNavigate = (event: Event) => {
    const url = (event as Event & { destination?: { url?: string } }).destination?.url;
    if (!url) return;
    const next = new URL(url);
    if (next.pathname !== location.pathname || next.search !== location.search) this.stop();
  };

  constructor(private readonly engine: SpeechEngine | null) {
    const voices = engine ? engine.getVoices() : [];
    this.snapshot = {
      availability: !engine ? 'unsupported' : voices.length > 0 ? 'ready' : 'loading',
      voices,
      playback: null,
    };
  }

  getSnapshot = (): ReaderSnapshot => this.snapshot;

  /** Subscribes to changes; the first subscriber starts listening for the engine's voices. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.connect();
    return () => {
      this.listeners.delete(listener);
    };
  };

  private update(change: Partial<ReaderSnapshot>) {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of [...this.listeners]) listener();
  }

  /** Starts listening for the engine's voices, and for what stops reading: Escape, leaving the page. */
  connect() {
    if (this.connected || !this.engine) return;
    this.connected = true;
    this.engine.addEventListener?.('voiceschanged', this.onVoicesChanged);
    if (typeof window !== 'undefined') {
      // Capture: a dialog that handles Escape itself must not keep it from stopping speech.
      window.addEventListener('keydown', this.onKeyDown, true);
      window.addEventListener('popstate', this.onLeave);
      window.addEventListener('pagehide', this.onLeave);
      navigationOf(window)?.addEventListener('navigate', this.onNavigate);
    }
    this.loadVoices();
    if (this.snapshot.availability === 'loading') {
      // Some browsers never send `voiceschanged` when they have no voices at all.
      this.timer = setTimeout(() => this.update({ availability: 'ready' }), voicesTimeout);
    }
  }

  private loadVoices() {
    const voices = this.engine?.getVoices() ?? [];
    if (voices.length === 0 && this.snapshot.voices.length === 0) return;
    clearTimeout(this.timer);
    this.update({ voices, availability: 'ready' });
  }

  /** Stops listening to the engine and stops speech: the provider is going away. */
  dispose() {
    this.stop(false);
    clearTimeout(this.timer);
    this.engine?.removeEventListener?.('voiceschanged', this.onVoicesChanged);
    if (typeof window !== 'undefined') {
      window.removeEventListener('keydown', this.onKeyDown, true);
      window.removeEventListener('popstate', this.onLeave);
      window.removeEventListener('pagehide', this.onLeave);
      navigationOf(window)?.removeEventListener('navigate', this.onNavigate);
    }
    this.connected = false;
  }

  /**
   * Says `sentences` in `lang` with `voice`, one utterance each, queued at once: call it from the
   * person's press (iOS speaks only from one). Whatever was being read stops first.
   */
  speak(target: Element | string, sentences: readonly Sentence[], options: { lang: string; voice: SpeechVoice; rate: number; words: ReaderWords }) {
    const engine = this.engine;
    if (!engine) return;
    const wasSpeaking = this.snapshot.playback !== null;
    engine.cancel();
    highlight(null);
    const session = ++this.session;
    if (sentences.length === 0) {
      if (wasSpeaking) this.update({ playback: null });
      return;
    }
    if (engine.paused) engine.resume?.();
    const total = sentences.length;
    const current = () => session === this.session;
    this.words = options.words;
    this.update({ playback: { target, index: 0, total, text: sentences[0]!.text, voice: options.voice } });
    announce(options.words.reading);
    // Every sentence is queued now, inside the press: iOS speaks only from a person's gesture.
    this.utterances = sentences.map((sentence, index) => {
      const utterance = createUtterance(engine, sentence.text);
      utterance.lang = options.lang;
      utterance.voice = options.voice;
      utterance.rate = options.rate;
      utterance.onstart = () => {
        if (!current()) return;
        highlight(sentence.range);
        this.update({ playback: { target, index, total, text: sentence.text, voice: options.voice } });
      };
      utterance.onend = () => {
        if (current() && index === total - 1) this.finish();
      };
      utterance.onerror = (event) => {
        // A real failure (no audio device, a voice that went away) stops the whole reading, so the
        // button never says Stop over silence or Listen over speech.
        if (current() && !cancelled.has(event?.error ?? '')) this.stop();
      };
      return utterance;
    });
    for (const utterance of this.utterances) engine.speak(utterance);
  }

  private finish() {
    this.session++;
    this.utterances = [];
    highlight(null);
    this.update({ playback: null });
  }

  /** Stops reading, and says "Stopped" politely when something was being read and `say` is true. */
  stop(say = true) {
    const playing = this.snapshot.playback !== null;
    this.session++;
    this.utterances = [];
    if (playing) this.engine?.cancel();
    highlight(null);
    if (!playing) return;
    this.update({ playback: null });
    if (say && this.words) announce(this.words.stopped);
  }
}
