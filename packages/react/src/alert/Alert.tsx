'use client';
import { ErrorIcon, InfoIcon, SuccessIcon, WarningIcon } from '@elder-ui/icons';
import { clsx } from 'clsx/lite';
import type { ComponentPropsWithRef, ReactNode } from 'react';
import * as styles from '../internal/notice.css';
import { useLocale, type Messages } from '../locale';

/** The tones an alert comes in. */
export const alertTones = styles.noticeTones;

/** How an alert reaches screen readers. */
export const alertLiveness = ['polite', 'assertive', 'off'] as const;

/** The icon of each tone, shared by every message of the kit (Alert, RiskWarning, Toast). */
export const toneIcons = { info: InfoIcon, success: SuccessIcon, warning: WarningIcon, danger: ErrorIcon } as const;

const toneWords = (messages: Messages): Record<styles.NoticeTone, string> => ({
  info: messages.toneInfo,
  success: messages.toneSuccess,
  warning: messages.toneWarning,
  danger: messages.toneDanger,
});

/** Props of {@link Alert}. */
export interface AlertProps extends Omit<ComponentPropsWithRef<'div'>, 'title' | 'role'> {
  /**
   * What kind of message it is. The tone shows as an icon, a word for screen
   * readers, a colour and a heavy edge, never as colour alone. `danger` is the
   * same tone as a `danger` {@link Button} (money or data lost, a step that failed),
   * drawn as a tinted box.
   * @default 'info'
   */
  tone?: (typeof alertTones)[number];
  /**
   * The message in a few words, in bold.
   * @default undefined
   */
  title?: ReactNode;
  /**
   * How screen readers hear it when it appears: `assertive` (role `alert`)
   * interrupts, `polite` (role `status`) waits, `off` is a message already on the page.
   * @default 'assertive' for warning and danger, 'polite' for info and success
   */
  live?: (typeof alertLiveness)[number];
  /**
   * Actions under the text, such as a {@link Button} that calls for help.
   * @default undefined
   */
  action?: ReactNode;
}

/**
 * A message on the page: information, success, a warning or a problem. It is
 * not an overlay, so no tap outside it can dismiss it; it carries an icon and
 * words, and is announced through the right live region.
 */
export function Alert({ tone = 'info', title, live, action, className, children, ...props }: AlertProps) {
  const { messages } = useLocale();
  const liveness = live ?? (tone === 'warning' || tone === 'danger' ? 'assertive' : 'polite');
  const role = liveness === 'assertive' ? 'alert' : liveness === 'polite' ? 'status' : undefined;
  const Icon = toneIcons[tone];
  return (
    <div
      {...props}
      role={role}
      data-tone={tone}
      className={clsx(styles.notice({ tone }), className)}
    >
      <span className={styles.icon}>
        {/* The icon is named with the tone's word, so screen readers hear "Warning" before the text. */}
        <Icon label={toneWords(messages)[tone]} />
      </span>
      <div className={styles.text}>
        {title ? <p className={styles.title}>{title}</p> : null}
        {children ? <div className={styles.body}>{children}</div> : null}
        {action ? <div className={styles.actions}>{action}</div> : null}
      </div>
    </div>
  );
}
