'use client';
import { WarningIcon } from '@elder-ui/icons';
import { useId, useRef, useState, type ReactNode } from 'react';
import { Button } from '../button';
import { AlertDialog, AlertDialogCancel, AlertDialogContent, AlertDialogTrigger } from '../dialog';
import { announce } from '../internal/announce';
import { useLocale } from '../locale';
import * as styles from './ConfirmAction.css';

/** The tones of the confirm button. */
export const confirmActionTones = ['primary', 'danger'] as const;

/** One fact the confirmation restates, such as the amount or the recipient. */
export interface ConfirmActionDetail {
  /** What the fact is: "Amount", "To". */
  label: ReactNode;
  /** The fact itself, shown in large text: "¥1,250.00", "Wang Xiaoming". */
  value: ReactNode;
}

/** Props of {@link ConfirmAction}. */
export interface ConfirmActionProps {
  /**
   * Whether the confirmation is open, controlled.
   * @default undefined
   */
  open?: boolean;
  /**
   * Whether it starts open (uncontrolled).
   * @default false
   */
  defaultOpen?: boolean;
  /**
   * Called when it opens or closes.
   * @default undefined
   */
  onOpenChange?: (open: boolean) => void;
  /** The question, such as "Send this money?". */
  title: ReactNode;
  /** What will happen, restated in large text: amount, recipient, account. */
  details: readonly ConfirmActionDetail[];
  /**
   * What follows, in one plain sentence: "The money leaves your account at once and cannot be taken back."
   * @default undefined
   */
  consequence?: ReactNode;
  /**
   * Anything shown above the tick box, such as a {@link RiskWarning}.
   * @default undefined
   */
  warning?: ReactNode;
  /** The words of the confirm button, restating the action: "Send ¥1,250.00". */
  confirmLabel: ReactNode;
  /**
   * The words of the safe choice.
   * @default messages.cancel ("Cancel")
   */
  cancelLabel?: ReactNode;
  /**
   * The words of the box that must be ticked before confirming.
   * @default messages.confirmCheck ("I have checked the details above")
   */
  checkLabel?: ReactNode;
  /**
   * `danger` for actions that cannot be undone.
   * @default 'primary'
   */
  tone?: (typeof confirmActionTones)[number];
  /** Called once, when the person has ticked the box and pressed the confirm button. The dialog then closes. */
  onConfirm: () => void;
  /**
   * Called when the person backs out: the cancel button or Escape.
   * @default undefined
   */
  onCancel?: () => void;
  /**
   * The control that opens the confirmation, such as a {@link Button}; it gets focus back when it closes.
   * @default undefined
   */
  children?: ReactNode;
}

type BodyProps = Pick<
  ConfirmActionProps,
  'details' | 'consequence' | 'warning' | 'confirmLabel' | 'cancelLabel' | 'checkLabel' | 'tone'
> & { summaryId: string; onConfirmed: () => void };

/** Rendered only while open, so the tick box starts empty every time. */
function ConfirmBody({
  details,
  consequence,
  warning,
  confirmLabel,
  cancelLabel,
  checkLabel,
  tone,
  summaryId,
  onConfirmed,
}: BodyProps) {
  const { messages } = useLocale();
  const id = useId();
  const [checked, setChecked] = useState(false);
  const [needsCheck, setNeedsCheck] = useState(false);
  const box = useRef<HTMLInputElement>(null);

  const confirm = () => {
    if (!checked) {
      // One accidental tap never confirms: without the tick, the press only explains.
      setNeedsCheck(true);
      announce(messages.confirmNeedsCheck);
      box.current?.focus();
      return;
    }
    onConfirmed();
  };

  return (
    <>
      <div id={summaryId}>
        <dl className={styles.summary}>
          {details.map((detail, index) => (
            <div key={index} className={styles.fact}>
              <dt className={styles.factLabel}>{detail.label}</dt>
              <dd className={styles.factValue}>{detail.value}</dd>
            </div>
          ))}
        </dl>
        {consequence ? (
          <p className={styles.consequence}>
            <span className={styles.consequenceIcon} aria-hidden="true">
              <WarningIcon />
            </span>
            <span>{consequence}</span>
          </p>
        ) : null}
      </div>
      {warning}
      <label className={styles.check}>
        <input
          ref={box}
          type="checkbox"
          className={styles.checkbox}
          checked={checked}
          aria-describedby={needsCheck && !checked ? `${id}-hint` : undefined}
          onChange={(event) => {
            setChecked(event.target.checked);
            if (event.target.checked) setNeedsCheck(false);
          }}
        />
        <span>{checkLabel ?? messages.confirmCheck}</span>
      </label>
      {needsCheck && !checked ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {messages.confirmNeedsCheck}
        </p>
      ) : null}
      <div className={styles.footer}>
        {/* The safe choice comes first, and the alert dialog puts focus on it when it opens. */}
        <AlertDialogCancel asChild>
          <Button tone="secondary">
            {cancelLabel ?? messages.cancel}
          </Button>
        </AlertDialogCancel>
        <Button asChild tone={tone}>
          <button
            type="button"
            className={styles.notReady}
            aria-disabled={checked ? undefined : true}
            onClick={confirm}
          >
            {confirmLabel}
          </button>
        </Button>
      </div>
    </>
  );
}

/**
 * The confirmation step of a money or legal action (WCAG 3.3.4). It restates
 * what will happen in large text, puts focus on the safe choice first, and
 * confirms only after two deliberate acts: ticking "I have checked the details
 * above", then pressing the confirm button. A tap outside does nothing; Escape
 * cancels; focus returns to the trigger. Screen readers hear the title and the
 * restated details when it opens.
 */
export function ConfirmAction({
  open,
  defaultOpen = false,
  onOpenChange,
  title,
  details,
  consequence,
  warning,
  confirmLabel,
  cancelLabel,
  checkLabel,
  tone = 'primary',
  onConfirm,
  onCancel,
  children,
}: ConfirmActionProps) {
  const summaryId = useId();
  const [own, setOwn] = useState(defaultOpen);
  const isOpen = open ?? own;
  const setOpen = (next: boolean) => {
    if (open === undefined) setOwn(next);
    onOpenChange?.(next);
  };

  return (
    <AlertDialog
      open={isOpen}
      onOpenChange={(next) => {
        if (!next) onCancel?.();
        setOpen(next);
      }}
    >
      {children ? <AlertDialogTrigger asChild>{children}</AlertDialogTrigger> : null}
      <AlertDialogContent title={title} aria-describedby={summaryId}>
        <ConfirmBody
          details={details}
          consequence={consequence}
          warning={warning}
          confirmLabel={confirmLabel}
          cancelLabel={cancelLabel}
          checkLabel={checkLabel}
          tone={tone}
          summaryId={summaryId}
          onConfirmed={() => {
            onConfirm();
            setOpen(false);
          }}
        />
      </AlertDialogContent>
    </AlertDialog>
  );
}
