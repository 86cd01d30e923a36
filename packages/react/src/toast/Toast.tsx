'use client';
import { CloseIcon, ErrorIcon, InfoIcon, SuccessIcon, WarningIcon } from '@elder-ui/icons';
import type { ThemeSettings } from '@elder-ui/tokens';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { announce } from '../internal/announce';
import { useLocale } from '../locale';
import { format } from '../locale/messages-overlays';
import { Portal, useThemeScope } from '../theme';
import { themeAttributeProps } from '../theme/ThemeScope';
import * as styles from './Toast.css';

/** The tones a notification comes in. */
export const toastTones = ['info', 'success', 'warning', 'danger'] as const;

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

const toneIcons = { info: InfoIcon, success: SuccessIcon, warning: WarningIcon, danger: ErrorIcon } as const;

/**
 * Reads the mode of the closest theme root from the DOM, at the moment it matters.
 * Not from React: the theme switches by attributes without re-rendering anything,
 * so a notification already on screen must look, not remember. The closest root wins,
 * as in CSS, so a notification from a standard scope on an elder page counts as standard.
 */
function modeOf(element: Element | null): string | null {
  return element?.closest('[data-eui-mode]')?.getAttribute('data-eui-mode') ?? null;
}

interface ToastItemProps {
  toast: ToastRecord;
  onClose: (id: number) => void;
}

function ToastItem({ toast, onClose }: ToastItemProps) {
  const { messages } = useLocale();
  const { id, title, description, tone = 'info', duration = minimumToastDuration, countdown = false, action, scope } = toast;
  const node = useRef<HTMLLIElement>(null);
  const message = useRef<HTMLDivElement>(null);
  const hovered = useRef(false);
  const focused = useRef(false);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const limit = Math.max(duration, minimumToastDuration);

  useEffect(() => {
    // Title and description as two sentences, not run together; a danger notification (an
    // error, a failed payment) interrupts, the rest wait for a pause.
    const parts = Array.from(message.current?.children ?? [], (part) => part.textContent?.trim() ?? '').filter(Boolean);
    announce(parts.join(' '), tone === 'danger' ? 'assertive' : 'polite');
    // A notification's tone never changes, so it is announced once, when it appears.
  }, [tone]);

  useEffect(() => {
    if (!Number.isFinite(limit)) return;
    let remaining = limit;
    let last = Date.now();
    const tick = () => {
      const now = Date.now();
      const elapsed = now - last;
      last = now;
      // Elder mode: no time limit at all, checked on every tick so a switch takes effect at once.
      if (modeOf(node.current) === 'elder') {
        setSecondsLeft(null);
        return;
      }
      if (!hovered.current && !focused.current) remaining -= elapsed;
      if (remaining <= 0) {
        onClose(id);
        return;
      }
      setSecondsLeft(countdown ? Math.ceil(remaining / 1000) : null);
    };
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [limit, countdown, id, onClose]);

  // Listened to natively: the item is not itself interactive, it only hears what its
  // buttons and the pointer do inside it (hover and focus pause the clock, Escape closes).
  useEffect(() => {
    const item = node.current;
    if (!item) return;
    const listeners: [string, (event: Event) => void][] = [
      ['mouseenter', () => void (hovered.current = true)],
      ['mouseleave', () => void (hovered.current = false)],
      ['focusin', () => void (focused.current = true)],
      ['focusout', (event) => {
        if (!item.contains((event as FocusEvent).relatedTarget as Node | null)) focused.current = false;
      }],
      ['keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Escape') {
          event.stopPropagation();
          onClose(id);
        }
      }],
    ];
    for (const [type, listener] of listeners) item.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of listeners) item.removeEventListener(type, listener);
    };
  }, [id, onClose]);

  const Icon = toneIcons[tone];
  return (
    <li
      ref={node}
      {...(scope ? themeAttributeProps(scope) : {})}
      data-tone={tone}
      className={styles.toast({ tone })}
    >
      <span className={styles.icon} aria-hidden="true">
        <Icon />
      </span>
      <div className={styles.text}>
        <div ref={message}>
          <p className={styles.title}>{title}</p>
          {description ? <p className={styles.description}>{description}</p> : null}
        </div>
        {/* Hidden from screen readers: a number that changes every second would be read out every second. */}
        {secondsLeft !== null ? (
          <p className={styles.countdown} aria-hidden="true">
            {format(messages.closesIn, { seconds: secondsLeft })}
          </p>
        ) : null}
        {action ? <div className={styles.actions}>{action}</div> : null}
      </div>
      <button type="button" className={styles.close} aria-label={messages.close} onClick={() => onClose(id)}>
        <CloseIcon />
        <span className={styles.closeWord} aria-hidden="true">
          {messages.close}
        </span>
      </button>
    </li>
  );
}

/** Props of {@link ToastProvider}. */
export interface ToastProviderProps {
  /**
   * The name of the notification region, for screen readers and the F8 shortcut.
   * @default messages.notifications ("Notifications")
   */
  label?: string;
  children?: ReactNode;
}

/**
 * Holds the notification region. Notifications are announced politely (danger ones
 * assertively, as they interrupt), never
 * close by themselves in elder mode, and in standard mode stay at least 8 s,
 * pausing while hovered or focused. Each can be closed with its button or
 * Escape; F8 moves focus to the newest one, and focus goes back where it came
 * from when it closes.
 */
export function ToastProvider({ label, children }: ToastProviderProps) {
  const { messages } = useLocale();
  const [toasts, setToasts] = useState<ToastRecord[]>([]);
  const nextId = useRef(1);
  const region = useRef<HTMLElement>(null);
  const cameFrom = useRef<HTMLElement | null>(null);

  const dismiss = useCallback((id: number) => {
    const area = region.current;
    // Closing the notification that holds focus sends focus back where it was before.
    if (area && area.contains(document.activeElement)) {
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

  // Remembers where focus came from when it enters the region, to give it back on close.
  useEffect(() => {
    const area = region.current;
    if (!area) return;
    const onFocusIn = (event: FocusEvent) => {
      const from = event.relatedTarget as HTMLElement | null;
      if (from && !area.contains(from)) cameFrom.current = from;
    };
    area.addEventListener('focusin', onFocusIn);
    return () => area.removeEventListener('focusin', onFocusIn);
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F8') return;
      const buttons = region.current?.querySelectorAll<HTMLElement>('li button');
      const newest = buttons?.[buttons.length - 1];
      if (newest) {
        event.preventDefault();
        newest.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <Portal>
        <section
          ref={region}
          aria-label={label ?? messages.notifications}
          className={styles.region}
        >
          <ol className={styles.list}>
            {toasts.map((toast) => (
              <ToastItem key={toast.id} toast={toast} onClose={dismiss} />
            ))}
          </ol>
        </section>
      </Portal>
    </ToastContext.Provider>
  );
}
