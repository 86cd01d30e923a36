'use client';
import { SpeakerIcon } from '@elder-ui/icons';
import { primaryTarget, targetAttribute } from '@elder-ui/tokens/contract';
import { clsx } from 'clsx/lite';
import { useContext, useEffect, useId, useRef, useState, type ComponentPropsWithRef, type Ref, type RefObject } from 'react';
import { Button } from '../button';
import { useIsomorphicLayoutEffect } from '../internal/use-isomorphic-layout-effect';
import { LocaleContext, useMessagesOr } from '../locale/context';
import { readAloudEn, type ReadAloudMessages } from '../locale/messages-read-aloud';
import * as styles from './ReadAloud.css';
import { useReadAloud, type ReadAloudApi } from './use-read-aloud';
import { skipAttribute } from './sentences';
import { StopIcon } from './StopIcon';

/** The name of a language in the words of the page, such as "Chinese (Taiwan)" or "中文（台湾）". */
function languageName(lang: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale, 'en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** Why a region cannot be read, in words, or `null` when it can (or is not known yet). */
function reasonFor(api: ReadAloudApi, lang: string | null, words: ReadAloudMessages, uiLocale: string): string | null {
  if (api.state.status === 'unsupported') return words.readAloudUnsupported;
  if (lang === null || api.state.status === 'loading') return null;
  return api.voiceFor(lang) === null ? words.readAloudNoVoice.replace('{language}', languageName(lang, uiLocale)) : null;
}

/** Props of the read-aloud button inside a region, a risk warning and the like. */
export interface ReadAloudButtonProps {
  /** The element to read. */
  target: RefObject<Element | null>;
  /** Shows which sentence is being read beside the button. */
  progress?: boolean;
  className?: string;
}

/**
 * The Listen / Stop button, with the line beside it that says which sentence is being read, or
 * why it cannot read. Part of {@link ReadAloud}, {@link RiskWarning} and the like; left out of
 * what is read.
 */
export function ReadAloudButton({ target, progress = true, className }: ReadAloudButtonProps) {
  const api = useReadAloud();
  const { state, speak, stop, languageOf } = api;
  const words = useMessagesOr(readAloudEn);
  const statusId = useId();
  // The language is read from the page once it is there: the region's own `lang`, or an ancestor's.
  const [lang, setLang] = useState<string | null>(null);
  useIsomorphicLayoutEffect(() => setLang(languageOf(target.current)));

  const playing = state.target !== null && state.target === target.current;
  const uiLocale = useContext(LocaleContext)?.locale ?? 'en';
  const reason = reasonFor(api, lang, words, uiLocale);
  const ready = state.status !== 'loading' && state.status !== 'unsupported' && lang !== null && reason === null;

  // A region that goes away while it is being read stops reading.
  const playingRef = useRef(playing);
  playingRef.current = playing;
  useEffect(() => () => {
    if (playingRef.current) stop();
  }, [stop]);

  const position = state.sentence && playing ? state.sentence : null;
  const progressText = (current: string | number, total: string | number) =>
    words.readAloudProgress.replace('{current}', String(current)).replace('{total}', String(total));

  return (
    <div className={clsx(styles.controls, className)} {...{ [skipAttribute]: '' }}>
      <Button
        // A primary target: 60 × 60 in elder mode (ELDER-MODE.md, "Targets and spacing").
        {...{ [targetAttribute]: primaryTarget }}
        tone="secondary"
        icon={playing ? <StopIcon /> : <SpeakerIcon />}
        disabled={!ready}
        // No `aria-pressed`: the button's name changes with what it does ("Listen", then
        // "Stop"), and a toggle button must keep one name (WAI-ARIA APG, Button pattern).
        // The state is in the name, the icon and the announcements "Reading" and "Stopped".
        aria-describedby={reason || position ? statusId : undefined}
        data-state={playing ? 'playing' : 'idle'}
        // Speech starts here, inside the press: iOS speaks only from a person's gesture.
        onClick={() => (playing ? stop() : target.current && speak(target.current, { lang: lang ?? undefined }))}
      >
        {reason ? (
          words.readAloudUnavailable
        ) : (
          <span className={styles.labels}>
            <span className={styles.label} aria-hidden={playing || undefined}>
              {words.readAloud}
            </span>
            <span className={styles.label} aria-hidden={!playing || undefined}>
              {words.readAloudStop}
            </span>
          </span>
        )}
      </Button>
      {reason ? (
        <span className={styles.status} id={statusId}>
          {reason}
        </span>
      ) : progress ? (
        <span className={styles.status}>
          {/* The longest progress line, hidden, holds the space from the start: nothing moves when reading starts. */}
          <span className={styles.statusText} aria-hidden="true">
            {progressText(88, 88)}
          </span>
          <span className={styles.statusText} id={statusId}>
            {position ? progressText(position.position, position.total) : null}
          </span>
        </span>
      ) : null}
    </div>
  );
}

/** Props of {@link ReadAloud}. */
export interface ReadAloudProps extends ComponentPropsWithRef<'div'> {
  /**
   * The language of the region's text, which chooses the voice and how sentences are split:
   * `zh-CN`, `zh-TW`, `id-ID`, `en`… Set it when the region's language differs from the page's.
   * @default the nearest ancestor's `lang`, else the LocaleProvider's locale, else `<html lang>`
   */
  lang?: string;
  /**
   * Shows "Sentence 2 of 5" beside the button while it reads.
   * @default true
   */
  showProgress?: boolean;
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/**
 * A part of the page that can be read aloud: a "Listen" button (icon and word, 60 px high in
 * elder mode) above the content reads it in its language, one sentence at a time, the sentence
 * being said highlighted; the button shows "Stop" while it reads. It reads what a screen reader
 * would: `alt` and `aria-label` of images and icons, visually hidden text, not what is
 * `aria-hidden`, and not buttons or fields. Reading stops on a second press, on Escape, when
 * another part starts, when the page changes and when the part goes away.
 *
 * @example
 * <ReadAloud lang="zh-CN">
 *   <p>您本月的电费是 125.50 元。请在 3 月 15 日前缴费。</p>
 * </ReadAloud>
 */
export function ReadAloud({ showProgress = true, className, children, ref, ...props }: ReadAloudProps) {
  const region = useRef<HTMLDivElement | null>(null);
  return (
    <div
      {...props}
      ref={(element) => {
        region.current = element;
        assignRef(ref, element);
      }}
      className={clsx(styles.region, className)}
    >
      <ReadAloudButton target={region} progress={showProgress} className={styles.regionControls} />
      {children}
    </div>
  );
}
