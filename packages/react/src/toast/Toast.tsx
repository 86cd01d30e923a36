'use client';
import { CloseIcon } from '@elder-ui/icons';
import type { ThemeSettings } from '@elder-ui/tokens/contract';
import * as RadixToast from '@radix-ui/react-toast';
import { clsx } from 'clsx/lite';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type ReactNode,
} from 'react';
import { toneIcons } from '../alert/Alert';
import { IconButton } from '../icon-button';
import { announce } from '../internal/announce';
import * as notice from '../internal/notice.css';
import { useLocale } from '../locale';
import { format } from '../locale/messages-overlays';
import { Portal, useThemeScope } from '../theme';
import { useOptionalTheme } from '../theme/ThemeProvider';
import { themeAttributeProps } from '../theme/ThemeScope';
import * as styles from './Toast.css';

/** The tones a notification comes in. */
export const toastTones = notice.noticeTones;

/** The shortest time a notification stays in standard mode (ELDER-MODE.md, "Motion and time"). */
export const minimumToastDuration = 8000;

/** What {@link useToast}'s `show` takes. */
export interface ToastOptions {
  /** The message in a few words. */
  title: ReactNode;
  /**
   * One plain sentence more.
   * @default undefined
   */
  description?: ReactNode;
  /**
   * The kind of message, shown by an icon, a colour and an edge.
   * @default 'info'
   */
  tone?: (typeof toastTones)[number];
  /**
   * Milliseconds before it closes by itself in standard mode; never under 8000.
   * `Infinity` keeps it until closed. In elder mode notifications never close by themselves.
   * @default 8000
   */
  duration?: number;
  /**
   * Shows "Closes in 8 s" while the time runs (standard mode only).
   * @default false
   */
  countdown?: boolean;
  /**
   * An action inside the notification, such as an "Undo" {@link Button}.
   * @default undefined
   */
  action?: ReactNode;
}

interface ToastRecord extends ToastOptions {
  id: number;
  scope: ThemeSettings | null;
}

interface ToastContextValue {
  show(options: ToastOptions, scope: ThemeSettings | null): number;
  dismiss(id: number): void;
}

const ToastContext = createContext<ToastContextValue | null>(null);

/** What {@link useToast} returns. */
export interface ToastApi {
  /** Shows a notification and returns its id. */
  show(options: ToastOptions): number;
  /** Closes a notification by its id. */
  dismiss(id: number): void;
}

/**
 * Shows and closes notifications. A notification shown from inside a
 * {@link ThemeScope} carries that scope's theme.
 * @throws when called outside a {@link ToastProvider}.
 */
export function useToast(): ToastApi {
  const context = useContext(ToastContext);
  const scope = useThemeScope();
  if (!context) throw new Error('useToast() needs a <ToastProvider> above it.');
  return useMemo(() => ({ show: (options) => context.show(options, scope), dismiss: context.dismiss }), [context, scope]);
}

interface Clock {
  /** Milliseconds left when the clock last stopped or ticked. */
  left: number;
  /** When it reaches zero while running; `null` while paused. */
  deadline: number | null;
  now: number;
}

/**
 * The time left on a notification, for its visible countdown. Radix keeps the real timer and
 * closes the notification; this follows it through Radix's `onPause` and `onResume`.
 */
function useTimeLeft(duration: number, shown: boolean) {
  const start = (left: number): Clock => {
    const now = Date.now();
    return { left, deadline: now + left, now };
  };
  const [clock, setClock] = useState(() => start(duration));
  // Radix restarts its timer in full when the duration changes (a switch out of elder mode).
  const [timed, setTimed] = useState(duration);
  if (timed !== duration) {
    setTimed(duration);
    setClock(start(duration));
  }

  const running = shown && clock.deadline !== null && Number.isFinite(duration);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setClock((current) => ({ ...current, now: Date.now() })), 1000);
    return () => clearInterval(timer);
  }, [running, clock.deadline]);

  const left = clock.deadline === null ? clock.left : clock.deadline - clock.now;
  return {
    seconds: Math.max(0, Math.ceil(left / 1000)),
    onPause: () =>
      setClock((current) => {
        const now = Date.now();
        return { left: current.deadline === null ? current.left : current.deadline - now, deadline: null, now };
      }),
    // A resume without a pause before it: Radix held the timer since this notification
    // appeared (the list was hovered or focused), so it starts in full now.
    onResume: () => setClock((current) => start(current.deadline === null ? current.left : duration)),
  };
}

interface ToastItemProps {
  toast: ToastRecord;
  /** The mode of the closest theme scope of the list, for notifications shown outside any scope. */
  mode: ThemeSettings['mode'];
  onClose: (id: number) => void;
}

function ToastItem({ toast, mode, onClose }: ToastItemProps) {
  const { messages } = useLocale();
  const { id, title, description, tone = 'info', duration = minimumToastDuration, countdown = false, action, scope } = toast;
  const titleRef = useRef<HTMLDivElement>(null);
  const descriptionRef = useRef<HTMLDivElement>(null);
  const closedByPerson = useRef(false);
  // Elder mode: no time limit at all (ELDER-MODE.md, "Motion and time").
  const untimed = (scope?.mode ?? mode) === 'elder';
  const limit = untimed ? Infinity : Math.max(duration, minimumToastDuration);
  const time = useTimeLeft(limit, countdown);

  useEffect(() => {
    // Title and description as two sentences, not run together; a danger notification (an
    // error, a failed payment) interrupts, the rest wait for a pause.
    const sentences = [titleRef, descriptionRef].map((part) => part.current?.textContent?.trim()).filter(Boolean);
    announce(sentences.join(' '), tone === 'danger' ? 'assertive' : 'polite');
    // A notification's tone never changes, so it is announced once, when it appears.
  }, [tone]);

  const personCloses = () => {
    closedByPerson.current = true;
  };
  const Icon = toneIcons[tone];
  return (
    <RadixToast.Root
      open
      onOpenChange={(open) => {
        // Radix leaves a running timer in place when the duration turns to Infinity (the
        // page switched to elder mode meanwhile): once untimed, only a person closes it.
        if (!open && (!untimed || closedByPerson.current)) onClose(id);
      }}
      duration={limit}
      onPause={time.onPause}
      onResume={time.onResume}
      onEscapeKeyDown={personCloses}
      onSwipeEnd={personCloses}
      {...(scope ? themeAttributeProps(scope) : {})}
      data-tone={tone}
      className={clsx(notice.notice({ tone }), styles.toast)}
    >
      <span className={notice.icon} aria-hidden="true">
        <Icon />
      </span>
      <div className={notice.text}>
        <RadixToast.Title ref={titleRef} className={notice.title}>
          {title}
        </RadixToast.Title>
        {description ? (
          <RadixToast.Description ref={descriptionRef} className={notice.body}>
            {description}
          </RadixToast.Description>
        ) : null}
        {/* Hidden from screen readers: a number that changes every second would be read out every second. */}
        {countdown && !untimed ? (
          <p className={styles.countdown} aria-hidden="true">
            {format(messages.closesIn, { seconds: time.seconds })}
          </p>
        ) : null}
        {action ? <div className={notice.actions}>{action}</div> : null}
      </div>
      <RadixToast.Close asChild onClick={personCloses}>
        <IconButton label={messages.close} icon={<CloseIcon />} className={styles.close} />
      </RadixToast.Close>
    </RadixToast.Root>
  );
}

/** Props of {@link ToastProvider}. */
export interface ToastProviderProps {
  /**
   * The name of the notification region, for screen readers and the F8 shortcut.
   * @default messages.notifications ("Notifications")
   */
  label?: string;
  /**
   * The app, or the part of it whose components call {@link useToast}.
   * @default undefined
   */
  children?: ReactNode;
}

/**
 * Holds the notification region, on Radix Toast. Notifications are announced politely
 * (danger ones assertively, as they interrupt), never close by themselves in elder mode,
 * and in standard mode stay at least 8 s, pausing while the region is hovered or focused.
 * Each can be closed with its button, Escape or a swipe; F8 moves focus to the newest
 * one, and focus goes back where it came from when it closes.
 */
export function ToastProvider({ label, children }: ToastProviderProps) {
  const { messages } = useLocale();
  const name = label ?? messages.notifications;
  const [toasts, setToasts] = useState<ToastRecord[]>([]);
  const nextId = useRef(1);
  const list = useRef<HTMLOListElement>(null);
  const cameFrom = useRef<HTMLElement | null>(null);
  // The closest theme of the list itself: a scope around the provider, else the page.
  const listScope = useThemeScope();
  const page = useOptionalTheme();
  const mode = (listScope ?? page)?.mode ?? 'standard';
  // Radix would also announce each notification, with the words of title and description run
  // together and at its own politeness; the kit's announcer says it once, as two sentences.
  // Radix's copy goes to a fragment that is never in the document.
  const [unheard] = useState(() => (typeof document === 'undefined' ? undefined : document.createDocumentFragment()));

  const dismiss = useCallback((id: number) => {
    // Closing the notification that holds focus sends focus back where it was before.
    if (list.current?.contains(document.activeElement)) {
      const target = cameFrom.current;
      cameFrom.current = null;
      if (target?.isConnected) target.focus();
    }
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const value = useMemo<ToastContextValue>(
    () => ({
      show: (options, scope) => {
        const id = nextId.current++;
        setToasts((current) => [...current, { ...options, id, scope }]);
        return id;
      },
      dismiss,
    }),
    [dismiss],
  );

  const onFocus = (event: FocusEvent<HTMLOListElement>) => {
    const from = event.relatedTarget;
    // Radix's region wraps the list, with the stops that Tab passes through on the way in.
    if (!(from instanceof HTMLElement) || event.currentTarget.parentElement?.contains(from)) return;
    cameFrom.current = from;
    // F8 focuses the list itself: go on to the newest notification's close button, where a keyboard user can act.
    if (event.target === event.currentTarget) {
      event.currentTarget.querySelector<HTMLElement>(':scope > li:last-child > button')?.focus();
    }
  };

  return (
    <ToastContext.Provider value={value}>
      <RadixToast.Provider label={name} announcerContainer={unheard}>
        {children}
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} mode={mode} onClose={dismiss} />
        ))}
        <Portal>
          <RadixToast.Viewport ref={list} label={name} className={styles.viewport} onFocus={onFocus} />
        </Portal>
      </RadixToast.Provider>
    </ToastContext.Provider>
  );
}
