'use client';
import { themeAttributes, themeRootSelector } from '@elder-ui/tokens/contract';
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { warnOnce } from '../internal/dev';
import { LocaleContext, useMessagesOr } from '../locale/context';
import { readAloudEn } from '../locale/messages-read-aloud';
import { useThemeScope } from '../theme';
import { useOptionalTheme } from '../theme/ThemeProvider';
import { Reader, serverSnapshot, type ReaderSnapshot } from './reader';
import { elementSentences, textSentences } from './sentences';
import { browserSpeech, type SpeechVoice } from './speech';
import { chooseVoice, normaliseLanguage } from './voices';

/** The speed read aloud uses in elder mode unless the person chooses another: a little slower. */
export const elderReadingRate = 0.9;

/** What a {@link ReadAloudProvider} gives the parts below it. */
export interface ReadAloudContextValue {
  reader: Reader;
  /** The rate the person chose (or the provider's `rate`); undefined: the mode decides. */
  rate: number | undefined;
  setRate: ((rate: number) => void) | null;
  preferredVoices: readonly string[];
}

export const ReadAloudContext = createContext<ReadAloudContextValue | null>(null);

let pageReader: ReadAloudContextValue | undefined;

/** Outside a provider: one reader for the page, on the browser's own engine. */
function pageContext(): ReadAloudContextValue {
  pageReader ??= { reader: new Reader(browserSpeech()), rate: undefined, setRate: null, preferredVoices: [] };
  return pageReader;
}

/** The rate when it is one read aloud can use (0.5 to 2), else `undefined` with a development warning. */
export function validRate(rate: number | undefined): number | undefined {
  if (rate === undefined) return undefined;
  if (Number.isFinite(rate) && rate >= 0.5 && rate <= 2) return rate;
  warnOnce('read-aloud-rate', `Read aloud got rate ${rate}; give a number from 0.5 to 2. It is not used.`);
  return undefined;
}
/** What {@link useReadAloud} says about reading on this page. */
export interface ReadAloudState {
  /**
   * `loading` until the browser has said which voices it has (and on the server, so server
   * markup shows every button disabled); `unsupported` where it cannot speak; `idle`; `speaking`.
   */
  status: 'loading' | 'unsupported' | 'idle' | 'speaking';
  /** What is being read: the element or text given to `speak()`; `null` when nothing is. */
  target: Element | string | null;
  /** The sentence being said: its words, its position from 1, and how many there are. */
  sentence: { text: string; position: number; total: number } | null;
  /** The voice being used, `null` when nothing is being read. */
  voice: SpeechVoice | null;
  /** Every voice the engine offers. */
  voices: readonly SpeechVoice[];
}

/** What `speak()` did: started, or why not. */
export type ReadAloudOutcome = 'speaking' | 'nothing-to-read' | 'no-voice' | 'unavailable';

/** Options of `speak()`. */
export interface ReadAloudOptions {
  /**
   * The text's language, a BCP 47 tag (`zh-TW`; `zh_TW` is understood too).
   * @default the element's `lang` (from it or the nearest ancestor), else the LocaleProvider's locale, else `<html lang>`, else 'en'
   */
  lang?: string;
}

/** What {@link useReadAloud} returns. */
export interface ReadAloudApi {
  state: ReadAloudState;
  /**
   * Reads an element (its text as a screen reader gets it, the sentence being said highlighted)
   * or a string, one sentence at a time, stopping whatever was being read. Call it from the
   * person's press, inside the event handler: iOS speaks only from one.
   */
  speak(target: Element | string, options?: ReadAloudOptions): ReadAloudOutcome;
  /** Stops reading, and says "Stopped" to screen readers if something was being read. */
  stop(): void;
  /** The speed used now: the person's choice, else 0.9 in elder mode and 1 otherwise. */
  rate: number;
  /** Changes the speed for what is read next (from 0.5 to 2); needs a {@link ReadAloudProvider}. */
  setRate(rate: number): void;
  /** The voice that would read `lang`; `null` when there is none, `undefined` while not known yet. */
  voiceFor(lang: string): SpeechVoice | null | undefined;
  /** The language `speak()` would read an element in. */
  languageOf(element: Element | null): string;
}

function stateOf(snapshot: ReaderSnapshot): ReadAloudState {
  const { availability, voices, playback } = snapshot;
  return {
    status: availability === 'ready' ? (playback ? 'speaking' : 'idle') : availability,
    target: playback?.target ?? null,
    sentence: playback ? { text: playback.text, position: playback.index + 1, total: playback.total } : null,
    voice: playback?.voice ?? null,
    voices,
  };
}

/**
 * Read aloud for controls of your own: `speak(element or text)`, `stop()`, the current `state`,
 * and the speed. Works inside a {@link ReadAloudProvider}, or without one on the browser's engine.
 *
 * @example
 * const { speak, stop, state } = useReadAloud();
 * <button onClick={() => (state.target === article.current ? stop() : speak(article.current!))}>…</button>
 */
export function useReadAloud(): ReadAloudApi {
  const context = useContext(ReadAloudContext) ?? pageContext();
  const { reader, setRate: setChosenRate, preferredVoices } = context;
  const snapshot = useSyncExternalStore(reader.subscribe, reader.getSnapshot, () => serverSnapshot);
  const locale = useContext(LocaleContext)?.locale;
  const words = useMessagesOr(readAloudEn);
  const scope = useThemeScope();
  const page = useOptionalTheme();
  const mode = (scope ?? page)?.mode;

  const languageOf = useCallback(
    (element: Element | null) => {
      const own = element?.closest('[lang]:not(html)')?.getAttribute('lang');
      const html = typeof document === 'undefined' ? '' : document.documentElement.lang;
      return normaliseLanguage(own || locale || html || 'en');
    },
    [locale],
  );
  const voiceFor = useCallback(
    (lang: string) => (snapshot.availability === 'ready' ? chooseVoice(snapshot.voices, lang, preferredVoices) : undefined),
    [snapshot, preferredVoices],
  );
  const rateFor = useCallback(
    (target: Element | string) => {
      if (context.rate !== undefined) return context.rate;
      // The mode from React where a ThemeProvider or ThemeScope is above, else from the page's attributes.
      const inDom = typeof target === 'string' ? undefined : target.closest(themeRootSelector)?.getAttribute(themeAttributes.mode);
      return (mode ?? inDom) === 'elder' ? elderReadingRate : 1;
    },
    [context.rate, mode],
  );

  const speak = useCallback(
    (target: Element | string, options: ReadAloudOptions = {}): ReadAloudOutcome => {
      // Unsupported, or the voices not known yet (the buttons are disabled until they are).
      if (reader.getSnapshot().availability !== 'ready') return 'unavailable';
      const lang = options.lang ? normaliseLanguage(options.lang) : languageOf(typeof target === 'string' ? null : target);
      const voice = chooseVoice(reader.getSnapshot().voices, lang, preferredVoices);
      if (!voice) return 'no-voice';
      const sentences = typeof target === 'string' ? textSentences(target, lang) : elementSentences(target, lang);
      if (sentences.length === 0) {
        reader.stop(false);
        return 'nothing-to-read';
      }
      reader.speak(target, sentences, {
        lang,
        voice,
        rate: rateFor(target),
        words: { reading: words.readAloudReading, stopped: words.readAloudStopped },
      });
      return 'speaking';
    },
    [reader, languageOf, preferredVoices, rateFor, words.readAloudReading, words.readAloudStopped],
  );
  const stop = useCallback(() => reader.stop(), [reader]);
  const setRate = useCallback(
    (next: number) => {
      if (!setChosenRate) warnOnce('read-aloud-set-rate', 'setRate() of useReadAloud() needs a <ReadAloudProvider> above it to keep the speed.');
      else if (validRate(next) !== undefined) setChosenRate(next);
    },
    [setChosenRate],
  );

  return useMemo(
    () => ({
      state: stateOf(snapshot),
      speak,
      stop,
      rate: context.rate ?? (mode === 'elder' ? elderReadingRate : 1),
      setRate,
      voiceFor,
      languageOf,
    }),
    [snapshot, speak, stop, context.rate, mode, setRate, voiceFor, languageOf],
  );
}
