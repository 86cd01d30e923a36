'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { clsx } from 'clsx/lite';
import { useEffect, useMemo, useRef, useState, type ChangeEvent, type FocusEvent } from 'react';
import { describedBy, Field, splitFieldProps, type FieldBaseProps, type FieldNativeProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import { announce } from '../internal/announce';
import { visuallyHidden } from '../internal/visually-hidden.css';
import { useLocale } from '../locale';
import { decimalParts, minorUnits } from '../money/decimal';
import { wordsToShow } from '../money/words-to-show';
import * as styles from './AmountField.css';
import { amountFormat, canonicalAmount, formatAmount, parseAmount, type AmountFormat, type AmountParse } from './parse-amount';

/** What {@link AmountField} reports with each change. */
export interface AmountDetails {
  /** `empty`, `valid`, or `invalid` when the words cannot be read as an amount. */
  status: AmountParse['status'];
  /** For `invalid`: the message the field shows, to repeat in a form error summary. */
  error?: string;
  /** The words as typed. */
  text: string;
  /**
   * The amount as a whole number of minor units (fen, cents; whole yen or rupiah for a
   * currency without them), exactly: `"1250.50"` CNY is `125050n`. `null` with no amount.
   */
  valueAsMinorUnits: bigint | null;
}

/**
 * Props of {@link AmountField}. `className` and `style` go to the outer box, as in every
 * form component; other props (`ref`, `name`, `onBlur`, …) go to the `<input>`.
 */
export interface AmountFieldProps
  extends FieldBaseProps,
    Omit<FieldNativeProps<'input'>, 'value' | 'defaultValue' | 'type' | 'inputMode' | 'min' | 'max' | 'step'> {
  /** The ISO 4217 currency code, such as `CNY`, `TWD` or `IDR`. Its symbol shows before the digits. */
  currency: string;
  /**
   * The amount (controlled), as a decimal string with a point and no grouping, such as
   * `"1250.10"`; `null` (or `""`) for none. Never a number: money is not a float.
   * @default undefined
   */
  value?: string | null;
  /**
   * The amount at first (uncontrolled), as a decimal string such as `"1250.10"`.
   * @default null
   */
  defaultValue?: string | null;
  /**
   * Called as the user types, with the amount as a decimal string with the currency's
   * decimals (`"1250.50"`, `"1500000"` for IDR) or `null` when empty or unreadable, and
   * details: the status, the error in words and the amount in minor units as a bigint.
   * @default undefined
   */
  onValueChange?: (value: string | null, details: AmountDetails) => void;
  /**
   * The locale for separators, decimals and the amount in words, as a BCP 47 tag.
   * @default the LocaleProvider's locale
   */
  locale?: string;
  /**
   * Shows the amount in words under the field as the user types (人民币壹仟贰佰伍拾元整,
   * "satu juta rupiah", "one thousand yuan"), read with the field and said politely once
   * typing pauses. For the currencies formatAmountInWords writes.
   * @default false
   */
  showWords?: boolean;
}

/** How long typing must pause before the words are said, so a screen reader is not talked over at every key. */
const wordsPause = 1000;

/** An amount from outside in the form the field reports, so the two compare: "1250.5" is "1250.50". */
function reported(amount: string | null | undefined, format: AmountFormat): string | null {
  if (!amount) return null;
  return canonicalAmount(amount, format) ?? amount;
}

/** The words in the field for an amount from outside: grouped if it reads as one, as given if not. */
function textOf(amount: string | null | undefined, locale: string, format: AmountFormat): string {
  if (!amount) return '';
  const canonical = canonicalAmount(amount, format);
  return canonical === undefined ? amount : formatAmount(canonical, locale, format);
}

/**
 * An amount of money: large tabular digits, the currency beside them, grouping
 * separators, the numeric keypad with a decimal key on phones (`inputMode="decimal"`)
 * and no spinner arrows. Reads and writes amounts the locale's way with `Intl`, and
 * reports them as decimal strings, never floats. Input it cannot read is kept as typed
 * and gets an error in words; it is never silently changed or rounded.
 */
export function AmountField({
  currency,
  value,
  defaultValue = null,
  onValueChange,
  locale: localeProp,
  showWords = false,
  error,
  onChange,
  onBlur,
  ...props
}: AmountFieldProps) {
  const { locale: contextLocale, messages } = useLocale();
  const locale = localeProp ?? contextLocale;
  const format = useMemo(() => amountFormat(locale, currency), [locale, currency]);
  // The amount (controlled or not) is one piece of state; the words in the box are another, since
  // "1,25" is kept as typed while it does not read as an amount.
  const [amount, setAmount] = useControllableState<string | null>({
    prop: value === undefined ? undefined : reported(value, format),
    defaultProp: reported(defaultValue, format),
    caller: 'AmountField',
  });
  const [text, setText] = useState(() => textOf(amount, locale, format));
  const [readError, setReadError] = useState<string>();
  const emitted = useRef(amount);
  const typed = useRef(false);

  // A new amount from the parent (a reset, a saved payee) replaces the words; the amount we just reported does not.
  if (amount !== emitted.current) {
    emitted.current = amount;
    typed.current = false;
    setText(textOf(amount, locale, format));
    setReadError(undefined);
  }

  const parsed = parseAmount(text, format);
  const words = showWords && parsed.status === 'valid' ? wordsToShow(parsed.value, currency, locale, 'AmountField') : undefined;
  const wordsText = words === undefined ? undefined : messages.amountInWords.replace('{words}', words);

  useEffect(() => {
    if (!typed.current || wordsText === undefined) return;
    const timer = setTimeout(() => announce(wordsText), wordsPause);
    return () => clearTimeout(timer);
  }, [wordsText]);

  const messageFor = (result: AmountParse) => {
    if (result.status !== 'invalid') return undefined;
    if (result.reason === 'tooManyDecimals') {
      return messages.amountTooManyDecimals.replace('{digits}', String(format.fractionDigits));
    }
    return result.reason === 'negative' ? messages.amountNegative : messages.amountInvalid;
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    onChange?.(event);
    const next = event.target.value;
    typed.current = true;
    setText(next);
    const result = parseAmount(next, format);
    const read = result.status === 'valid' ? result.value : null;
    // An error shown after leaving the field goes as soon as the words read right.
    if (result.status !== 'invalid') setReadError(undefined);
    emitted.current = read;
    setAmount(read);
    onValueChange?.(read, {
      status: result.status,
      error: messageFor(result),
      text: next,
      valueAsMinorUnits: read === null ? null : minorUnits(decimalParts(read)!, format.fractionDigits),
    });
  };

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    onBlur?.(event);
    if (parsed.status === 'valid') setText(formatAmount(parsed.value, locale, format));
    setReadError(messageFor(parsed));
  };

  const [field, { name, ...input }] = splitFieldProps(props);
  return (
    <Field {...field} error={readError ?? error}>
      {(control) => (
        <>
          <div className={styles.row}>
            <span className={styles.currency} aria-hidden="true">
              {format.symbol}
            </span>
            <span id={`${control.id}-currency`} className={visuallyHidden}>
              {format.name}
            </span>
            <input
              {...input}
              {...control}
              type="text"
              // No type="number": it would bring spinner arrows, drop grouping separators and change what was typed.
              inputMode="decimal"
              autoComplete={input.autoComplete ?? 'off'}
              spellCheck={false}
              value={text}
              onChange={handleChange}
              onBlur={handleBlur}
              aria-describedby={describedBy(
                `${control.id}-currency`,
                wordsText !== undefined && `${control.id}-words`,
                control['aria-describedby'],
              )}
              className={clsx(fieldStyles.control(), styles.input)}
              data-currency={currency}
            />
            {/* A form gets the exact decimal ("1250.10"), not the grouped words on screen; what cannot be read is sent as typed. */}
            {name ? <input type="hidden" name={name} value={parsed.status === 'valid' ? parsed.value : text} /> : null}
          </div>
          {wordsText !== undefined ? (
            <p id={`${control.id}-words`} className={styles.words}>
              {wordsText}
            </p>
          ) : null}
        </>
      )}
    </Field>
  );
}
