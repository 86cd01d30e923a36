'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { useEffect, useMemo, type ReactNode } from 'react';
import { ListenButtonContext } from './listen-slot';
import { ReadAloudButton } from './ReadAloud';
import { Reader } from './reader';
import { browserSpeech, type SpeechEngine } from './speech';
import { ReadAloudContext, validRate, type ReadAloudContextValue } from './use-read-aloud';

/** Props of {@link ReadAloudProvider}. */
export interface ReadAloudProviderProps {
  /**
   * The speech engine. Pass an object of your own to read with your own text-to-speech service,
   * or a fake in tests; `null` turns speech off (every Listen button says it cannot read). Keep
   * the same object from render to render: a new one starts a new queue.
   * @default window.speechSynthesis, where the browser has it
   */
  speech?: SpeechEngine | null;
  /**
   * The speed, where 1 is the voice's normal speed (from 0.5 to 2), when you hold it yourself.
   * @default undefined
   */
  rate?: number;
  /**
   * The starting speed when the provider holds it. Undefined: 0.9 in elder mode, 1 otherwise.
   * @default undefined
   */
  defaultRate?: number;
  /**
   * Called when the person changes the speed through `setRate()` of {@link useReadAloud}.
   * @default undefined
   */
  onRateChange?: (rate: number) => void;
  /**
   * Voice names or `voiceURI`s the person chose, tried first when they speak the text's language.
   * A voice of another language is never used, whatever this says.
   * @default []
   */
  preferredVoices?: readonly string[];
  children?: ReactNode;
}

const noVoices: readonly string[] = [];

/**
 * One speech queue for the page, its speed and its voices. Put it once near the root; every
 * {@link ReadAloud} and {@link useReadAloud} below shares it, so only one part of the page is read
 * at a time. Without it they share one queue on the browser's own engine, at the mode's speed.
 *
 * `speech` takes any {@link SpeechEngine}: the kit still splits sentences, chooses a voice of the
 * text's language, highlights, stops and announces; the engine only says one utterance at a time.
 *
 * @example
 * // A product's own text-to-speech service instead of the browser's voices.
 * const queue: SpeechUtterance[] = [];
 * let audio: HTMLAudioElement | null = null;
 * const serverVoices: SpeechEngine = {
 *   getVoices: () => [{ name: 'Xiaoxiao', lang: 'zh-CN' }, { name: 'HsiaoChen', lang: 'zh-TW' }],
 *   speak(utterance) {
 *     queue.push(utterance);
 *     if (queue.length === 1) playNext();
 *   },
 *   cancel() {
 *     audio?.pause();
 *     queue.splice(0).forEach((utterance) => utterance.onerror?.({ error: 'canceled' }));
 *   },
 * };
 * function playNext() {
 *   const utterance = queue[0];
 *   if (!utterance) return;
 *   audio = new Audio(`/tts?voice=${utterance.voice?.name}&rate=${utterance.rate}&text=${encodeURIComponent(utterance.text)}`);
 *   audio.onplay = () => utterance.onstart?.({});
 *   audio.onended = () => { queue.shift(); utterance.onend?.({}); playNext(); };
 *   void audio.play();
 * }
 * <ReadAloudProvider speech={serverVoices}>…</ReadAloudProvider>
 */
export function ReadAloudProvider({
  speech,
  rate: rateProp,
  defaultRate,
  onRateChange,
  preferredVoices = noVoices,
  children,
}: ReadAloudProviderProps) {
  const reader = useMemo(() => new Reader(speech === undefined ? browserSpeech() : speech), [speech]);
  useEffect(() => {
    reader.connect();
    return () => reader.dispose();
  }, [reader]);
  const [rate, setRate] = useControllableState<number | undefined>({
    prop: rateProp,
    defaultProp: defaultRate,
    onChange: (next) => next !== undefined && onRateChange?.(next),
    caller: 'ReadAloudProvider',
  });
  const value = useMemo<ReadAloudContextValue>(
    () => ({ reader, rate: validRate(rate), setRate, preferredVoices }),
    [reader, rate, setRate, preferredVoices],
  );
  return (
    <ReadAloudContext.Provider value={value}>
      {/* The Listen button of parts that offer one only with a provider, such as RiskWarning's. */}
      <ListenButtonContext.Provider value={ReadAloudButton}>{children}</ListenButtonContext.Provider>
    </ReadAloudContext.Provider>
  );
}
