'use client';
import { EyeIcon, RefreshIcon } from '@elder-ui/icons';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { useEffect, useEffectEvent, useId, useRef, useState, type ChangeEvent, type ClipboardEvent, type FocusEvent, type SyntheticEvent } from 'react';
import { Alert } from '../alert';
import { Button } from '../button';
import { describedBy, Field, splitFieldProps, type FieldBaseProps, type FieldNativeProps } from '../field/Field';
import { announce } from '../internal/announce';
import { warnOnce } from '../internal/dev';
import { useLocale } from '../locale';
import { Inline, Stack } from '../stack';
import { Text } from '../text';
import { useThemeScope } from '../theme';
import { useOptionalTheme } from '../theme/ThemeProvider';
import * as styles from './CodeField.css';
import { formatCountdown, useCountdown } from './use-countdown';

/** How long before a code stops working the warning shows (ELDER-MODE.md, "Motion and time": at least 20 s). */
const warnBefore = 20;

/** What {@link CodeFieldProps.onComplete} is told besides the code. */
export interface CodeCompleteDetails {
  /**
   * Whether the product may act on the code without a press, such as checking it at once.
   * `false` in elder mode: there a complete code waits for the user's own "Continue".
   */
  mayAutoSubmit: boolean;
}

/**
 * Props of {@link CodeField}. `className` and `style` go to the outer box, as in every form
 * component; other props (`ref`, `name`, `onBlur`, `autoFocus`, …) go to the `<input>`.
 */
export interface CodeFieldProps
  extends FieldBaseProps,
    Omit<
      FieldNativeProps<'input'>,
      'type' | 'value' | 'defaultValue' | 'onChange' | 'maxLength' | 'minLength' | 'pattern' | 'inputMode' | 'size' | 'width' | 'autoComplete'
    > {
  /**
   * How many digits the code has, and so how many boxes show.
   * @default 6
   */
  length?: number;
  /**
   * The digits entered, controlled (with `onValueChange`).
   * @default undefined
   */
  value?: string;
  /**
   * The digits entered at first, uncontrolled.
   * @default ''
   */
  defaultValue?: string;
  /**
   * Called with the digits whenever they change: typed, pasted, filled in from a text message or cleared.
   * @default undefined
   */
  onValueChange?: (value: string) => void;
  /**
   * Called when the last digit is entered. The field never submits a form itself. In elder mode
   * a product must not submit or check the code here either: wait for the user's own press
   * ("Continue"). `details.mayAutoSubmit` says which applies.
   * @default undefined
   */
  onComplete?: (code: string, details: CodeCompleteDetails) => void;
  /**
   * Shows a dot for each digit, for a PIN, with a "Show numbers" toggle. The input is then a
   * password input: screen readers say "secure" or "password" and do not read the digits aloud
   * until the user chooses to show them.
   * @default false
   */
  masked?: boolean;
  /**
   * Whether the digits of a masked code show, controlled (with `onVisibleChange`).
   * @default undefined
   */
  visible?: boolean;
  /**
   * Whether the digits of a masked code show at first, uncontrolled.
   * @default false
   */
  defaultVisible?: boolean;
  /**
   * Called when the user shows or hides the digits of a masked code.
   * @default undefined
   */
  onVisibleChange?: (visible: boolean) => void;
  /**
   * Tells the browser and password managers what to fill in: a code sent by text message, or a PIN the user keeps.
   * @default 'one-time-code'
   */
  autoComplete?: 'one-time-code' | 'current-password' | 'new-password' | 'off';
  /**
   * Seconds before a new code can be asked for. "Resend code in 0:45" counts down in view, then
   * becomes a "Resend code" button. Pressing it calls `onResend`, empties the boxes and starts again.
   * @default undefined
   */
  resendAfter?: number;
  /**
   * Called when the user asks for a new code.
   * @default undefined
   */
  onResend?: () => void;
  /**
   * Seconds before the code stops working. 20 seconds before, a warning in words appears (said
   * once to screen readers) with an "I need more time" button; at the end the field says the
   * code has stopped working and offers "Resend code" at once.
   * @default undefined
   */
  expiresIn?: number;
  /**
   * Called when the user asks for more time. The field then counts `expiresIn` again: the
   * product keeps the code working for that long.
   * @default undefined
   */
  onExtend?: () => void;
  /**
   * Called when the code stops working.
   * @default undefined
   */
  onExpire?: () => void;
}

/** Full-width digits (from a CJK input method) become ASCII digits. */
const asciiDigits = (text: string) => text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));

/** The digits of a text, with spaces, dashes and anything else dropped. */
const digitsOf = (text: string) => asciiDigits(text).replace(/\D/g, '');

/** A letter of any script: typed by mistake, it earns an error in words; a space or dash is dropped quietly. */
const hasLetters = (text: string) => /\p{L}/u.test(text);

/** The boxes in runs: an even code of 6 or more reads as two halves (123 456), as codes are printed. */
function runsOf(length: number): number[][] {
  const size = length >= 6 && length % 2 === 0 ? length / 2 : length;
  return Array.from({ length: length / size }, (_, run) => Array.from({ length: size }, (_, index) => run * size + index));
}

/**
 * A one-time code or PIN of `length` digits, drawn as large boxes (48 px in elder mode) over
 * one ordinary `<input>` (`autocomplete="one-time-code"`, numeric keyboard), so screen readers,
 * autofill from a text message and paste all meet a single field. A pasted "123 456" or
 * "123-456" keeps its digits; a letter is refused with an error in words. `masked` shows dots,
 * with a "Show numbers" toggle. It can count down to "Resend code" and warn 20 seconds before
 * the code stops working, with "I need more time". It never submits a form; in elder mode a
 * product must not either when the code is complete (see `onComplete`).
 *
 * @example
 * <CodeField label="Code from the text message" hint="We sent 6 numbers to 138 **** 1234"
 *   name="code" resendAfter={60} onResend={sendAgain} />
 */
export function CodeField({
  length: asked = 6,
  value,
  defaultValue = '',
  onValueChange,
  onComplete,
  masked = false,
  visible,
  defaultVisible = false,
  onVisibleChange,
  autoComplete = 'one-time-code',
  resendAfter,
  onResend,
  expiresIn,
  onExtend,
  onExpire,
  ...props
}: CodeFieldProps) {
  const length = Number.isInteger(asked) && asked >= 1 ? asked : 6;
  if (process.env.NODE_ENV !== 'production' && length !== asked) warnOnce('code-field-length', `CodeField got length ${asked}; give a whole number of 1 or more. Showing 6 boxes.`);
  const { messages } = useLocale();
  const scope = useThemeScope();
  const page = useOptionalTheme();
  const mayAutoSubmit = (scope ?? page)?.mode !== 'elder';

  const [stored, setStored] = useControllableState({ prop: value, defaultProp: defaultValue, onChange: onValueChange, caller: 'CodeField' });
  const code = digitsOf(stored).slice(0, length);
  const [shown, setShown] = useControllableState({ prop: visible, defaultProp: defaultVisible, onChange: onVisibleChange, caller: 'CodeField' });
  const [refused, setRefused] = useState(false);
  const [focused, setFocused] = useState(false);
  const [selectedAll, setSelectedAll] = useState(false);
  const groupRef = useRef<HTMLDivElement>(null);
  const warningId = useId();

  const [resendLeft, restartResend] = useCountdown(resendAfter);
  const [expiryLeft, restartExpiry] = useCountdown(expiresIn);
  const expired = expiryLeft === 0;
  const warning = expiryLeft !== undefined && expiryLeft > 0 && expiryLeft <= warnBefore;

  // Said once as each state begins, never on every tick.
  const warn = useEffectEvent(() => announce(messages.codeExpiryAnnouncement.replace('{seconds}', String(expiryLeft))));
  useEffect(() => {
    if (warning) warn();
  }, [warning]);
  const expire = useEffectEvent(() => {
    announce(messages.codeExpired);
    onExpire?.();
  });
  useEffect(() => {
    if (expired) expire();
  }, [expired]);

  /** Takes what the input would now hold: keeps its digits, and refuses letters with an error in words. */
  const commit = (raw: string) => {
    const next = digitsOf(raw).slice(0, length);
    const letters = hasLetters(raw);
    if (letters && !refused) announce(messages.codeNumbersOnly, 'assertive');
    if (letters !== refused) setRefused(letters);
    if (next === code) return;
    setStored(next);
    if (next.length === length) onComplete?.(next, { mayAutoSubmit });
  };

  /** The caret stays after the last digit (or the whole code is selected), where the boxes show it. */
  const keepCaret = (input: HTMLInputElement) => {
    const end = input.value.length;
    const all = end > 0 && input.selectionStart === 0 && input.selectionEnd === end;
    if (!all && (input.selectionStart !== end || input.selectionEnd !== end)) input.setSelectionRange(end, end);
    setSelectedAll(all);
  };

  const focusInput = () => groupRef.current?.querySelector('input')?.focus();

  const resend = () => {
    onResend?.();
    setStored('');
    setRefused(false);
    restartResend();
    restartExpiry();
    // The button goes away as the countdown comes back: focus goes where the new code is typed.
    focusInput();
  };

  const extend = () => {
    onExtend?.();
    restartExpiry();
    focusInput();
  };

  const [field, { onFocus, onBlur, onSelect, ...input }] = splitFieldProps(props);
  const error = refused ? messages.codeNumbersOnly : field.error;
  const hidden = masked && !shown;
  const active = focused && !selectedAll ? Math.min(code.length, length - 1) : -1;
  const canResend = resendAfter !== undefined || onResend !== undefined;

  return (
    <Field {...field} error={error} aria-describedby={describedBy(field['aria-describedby'], warning && warningId)}>
      {(control) => (
        <Stack gap="md">
          <Inline>
            <div
              ref={groupRef}
              className={styles.group}
              data-invalid={control['aria-invalid'] ? '' : undefined}
              data-disabled={control.disabled ? '' : undefined}
            >
              <input
                {...input}
                {...control}
                type={hidden ? 'password' : 'text'}
                value={code}
                inputMode="numeric"
                pattern="[0-9]*"
                maxLength={length}
                autoComplete={autoComplete}
                autoCorrect="off"
                spellCheck={false}
                className={styles.input}
                onChange={(event: ChangeEvent<HTMLInputElement>) => commit(event.currentTarget.value)}
                // The browser would cut a pasted "123 456" at maxLength before the space is dropped.
                onPaste={(event: ClipboardEvent<HTMLInputElement>) => {
                  event.preventDefault();
                  const target = event.currentTarget;
                  const text = event.clipboardData.getData('text');
                  const whole = digitsOf(text).length >= length;
                  const start = target.selectionStart ?? code.length;
                  const end = target.selectionEnd ?? code.length;
                  commit(whole ? text : code.slice(0, start) + text + code.slice(end));
                }}
                onSelect={(event: SyntheticEvent<HTMLInputElement>) => {
                  keepCaret(event.currentTarget);
                  onSelect?.(event);
                }}
                onFocus={(event: FocusEvent<HTMLInputElement>) => {
                  setFocused(true);
                  keepCaret(event.currentTarget);
                  onFocus?.(event);
                }}
                onBlur={(event: FocusEvent<HTMLInputElement>) => {
                  setFocused(false);
                  onBlur?.(event);
                }}
              />
              {/* The boxes only draw the input's value and caret; the input is what assistive technology meets. */}
              {runsOf(length).map((run) => (
                <div key={run[0]} className={styles.run} aria-hidden="true">
                  {run.map((index) => (
                    <span
                      key={index}
                      className={styles.box}
                      data-eui-code-box=""
                      data-filled={index < code.length ? '' : undefined}
                      data-active={index === active ? '' : undefined}
                      data-selected={focused && selectedAll ? '' : undefined}
                    >
                      {index < code.length ? (hidden ? '•' : code[index]) : null}
                      {index === active ? <span className={styles.caret} /> : null}
                    </span>
                  ))}
                </div>
              ))}
            </div>
            {masked ? (
              <Button
                tone="secondary"
                icon={<EyeIcon />}
                className={styles.toggle}
                aria-pressed={shown}
                aria-controls={control.id}
                disabled={control.disabled}
                onClick={() => setShown(!shown)}
              >
                {messages.codeShowNumbers}
              </Button>
            ) : null}
          </Inline>
          {warning ? (
            <Alert
              id={warningId}
              tone="warning"
              // Announced once, above; a live region here would repeat every tick.
              live="off"
              action={
                <Button tone="secondary" onClick={extend} disabled={control.disabled}>
                  {messages.codeMoreTime}
                </Button>
              }
            >
              {messages.codeExpiresIn.replace('{time}', formatCountdown(expiryLeft))}
            </Alert>
          ) : null}
          {expired ? (
            <Alert tone="danger" live="off">
              {messages.codeExpired}
            </Alert>
          ) : null}
          {canResend ? (
            resendLeft !== undefined && resendLeft > 0 && !expired ? (
              <Text>{messages.codeResendIn.replace('{time}', formatCountdown(resendLeft))}</Text>
            ) : (
              <Inline>
                <Button tone="secondary" icon={<RefreshIcon />} onClick={resend} disabled={control.disabled}>
                  {messages.codeResend}
                </Button>
              </Inline>
            )
          ) : null}
        </Stack>
      )}
    </Field>
  );
}
