'use client';
import { WarningIcon } from '@elder-ui/icons';
import { useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { Button } from '../button';
import { Checkbox } from '../checkbox';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogTrigger,
  DialogFooter,
  type AlertDialogProps,
} from '../dialog';
import { announce } from '../internal/announce';
import { useLocale } from '../locale';
import { wordsToShow } from '../money/words-to-show';
import { Stack } from '../stack';
import { Text } from '../text';
import * as styles from './ConfirmAction.css';

/** The tones of the confirm button. */
export const confirmActionTones = ['primary', 'danger'] as const;

/** One fact the confirmation restates, such as the amount or the recipient. */
export interface ConfirmActionDetail {
  /** What the fact is: "Amount", "To". */
  label: ReactNode;
  /** The fact itself, shown in large text: "¥1,250.00", "Wang Xiaoming". */
  value: ReactNode;
  /**
   * For an amount: the same amount in words, shown under the value as banks write it
   * ("大写：人民币壹仟贰佰伍拾元整", "In words: one thousand two hundred fifty yuan").
   * Give `{ amount, currency }` (a decimal string such as `"1250.00"`, as AmountField reports
   * it, and an ISO 4217 code) to have it written in the LocaleProvider's language by
   * formatAmountInWords, or the words themselves as a string.
   * @default undefined
   */
  inWords?: { amount: string; currency: string } | string;
}

/** Props of {@link ConfirmAction}. `open`, `defaultOpen` and `onOpenChange` are those of {@link AlertDialog}. */
export interface ConfirmActionProps extends Omit<AlertDialogProps, 'children'> {
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

/**
 * The confirmation step of a money or legal action (WCAG 3.3.4). It restates
 * what will happen in large text, puts focus on the safe choice first, and
 * confirms only after two deliberate acts: ticking "I have checked the details
 * above", then pressing the confirm button. A tap outside does nothing; Escape
 * cancels; focus returns to the trigger. Screen readers hear the title and the
 * restated details when it opens.
 */
export function ConfirmAction({ open, defaultOpen, onOpenChange, title, onCancel, children, ...body }: ConfirmActionProps) {
  return (
    <AlertDialog open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {children ? <AlertDialogTrigger asChild>{children}</AlertDialogTrigger> : null}
      <AlertDialogContent title={title} onEscapeKeyDown={onCancel}>
        <ConfirmBody {...body} onCancel={onCancel} />
      </AlertDialogContent>
    </AlertDialog>
  );
}

/** Rendered only while open, so the tick box starts empty every time. */
function ConfirmBody({
  details,
  consequence,
  warning,
  confirmLabel,
  cancelLabel,
  checkLabel,
  tone = 'primary',
  onConfirm,
  onCancel,
}: Omit<ConfirmActionProps, 'open' | 'defaultOpen' | 'onOpenChange' | 'title' | 'children'>) {
  const { messages } = useLocale();
  const [checked, setChecked] = useState(false);
  const [needsCheck, setNeedsCheck] = useState(false);
  const box = useRef<HTMLInputElement>(null);

  const confirm = (event: MouseEvent) => {
    if (checked) {
      onConfirm();
      return;
    }
    // One accidental tap never confirms: without the tick, the press only explains, and the dialog stays.
    event.preventDefault();
    setNeedsCheck(true);
    announce(messages.confirmNeedsCheck);
    box.current?.focus();
  };

  return (
    <>
      <AlertDialogDescription asChild>
        <Stack gap="md">
          <dl className={styles.summary}>
            {details.map((detail, index) => (
              <Stack key={index} gap="xs">
                <Text asChild tone="muted">
                  <dt>{detail.label}</dt>
                </Text>
                <dd className={styles.factValue}>{detail.value}</dd>
                {detail.inWords === undefined ? null : <AmountInWords inWords={detail.inWords} />}
              </Stack>
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
        </Stack>
      </AlertDialogDescription>
      {warning}
      <div className={styles.deliberateStep}>
        <Checkbox
          ref={box}
          label={checkLabel ?? messages.confirmCheck}
          checked={checked}
          onCheckedChange={(next) => {
            setChecked(next === true);
            if (next === true) setNeedsCheck(false);
          }}
          error={needsCheck && !checked ? messages.confirmNeedsCheck : undefined}
        />
      </div>
      <DialogFooter className={styles.choices}>
        {/* The safe choice comes first, and the alert dialog puts focus on it when it opens. */}
        <AlertDialogCancel asChild onClick={onCancel}>
          <Button tone="secondary">{cancelLabel ?? messages.cancel}</Button>
        </AlertDialogCancel>
        <AlertDialogAction asChild onClick={confirm}>
          <Button tone={tone} aria-disabled={checked ? undefined : true} className={styles.notReady}>
            {confirmLabel}
          </Button>
        </AlertDialogAction>
      </DialogFooter>
    </>
  );
}

/** The words of an amount, a second `<dd>` under its value, so they are read with the fact they restate. */
function AmountInWords({ inWords }: Required<Pick<ConfirmActionDetail, 'inWords'>>) {
  const { locale, messages } = useLocale();
  const words = typeof inWords === 'string' ? inWords : wordsToShow(inWords.amount, inWords.currency, locale, 'ConfirmAction');
  if (!words) return null;
  return <dd className={styles.factWords}>{messages.amountInWords.replace('{words}', words)}</dd>;
}
