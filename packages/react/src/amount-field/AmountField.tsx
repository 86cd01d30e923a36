'use client';
import { clsx } from 'clsx';
import { useMemo, useRef, useState, type ChangeEvent, type FocusEvent } from 'react';
import { describedBy, Field, splitFieldProps, type FieldBaseProps, type FieldNativeProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import { visuallyHidden } from '../internal/visually-hidden.css';
import { useLocale } from '../locale';
import * as styles from './AmountField.css';
import { amountFormat, formatAmount, parseAmount, type AmountParse } from './parse-amount';

/** What {@link AmountField} reports with each change. */
export interface AmountDetails {
  /** `empty`, `valid`, or `invalid` when the words cannot be read as an amount. */
  status: AmountParse['status'];
  /** For `invalid`: the message the field shows, to repeat in a form error summary. */
  error?: string;
  /** The words as typed. */
  text: string;
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
   * The amount (controlled); `null` for none.
   * @default undefined
   */
  value?: number | null;
  /**
   * The amount at first (uncontrolled).
   * @default null
   */
  defaultValue?: number | null;
  /**
   * Called as the user types, with the amount (or `null` when empty or unreadable) and its status.
   * @default undefined
   */
  onValueChange?: (value: number | null, details: AmountDetails) => void;
  /**
   * The locale for separators and decimals, as a BCP 47 tag.
   * @default the LocaleProvider's locale
   */
  locale?: string;
}

/**
 * An amount of money: large tabular digits, the currency beside them, grouping
 * separators, the numeric keypad with a decimal key on phones (`inputMode="decimal"`)
 * and no spinner arrows. Reads and writes amounts the locale's way with `Intl`.
 * Input it cannot read is kept as typed and gets an error in words; it is never
 * silently changed or rounded.
 */
export function AmountField({
  currency,
  value,
  defaultValue = null,
  onValueChange,
  locale: localeProp,
  error,
  onChange,
  onBlur,
  ...props
}: AmountFieldProps) {
  const { locale: contextLocale, messages } = useLocale();
  const locale = localeProp ?? contextLocale;
  const format = useMemo(() => amountFormat(locale, currency), [locale, currency]);
  const initial = value !== undefined ? value : defaultValue;
  const [text, setText] = useState(() => (initial === null ? '' : formatAmount(initial, locale, format)));
  const [readError, setReadError] = useState<string>();
  const emitted = useRef<number | null | undefined>(initial);

  // A new amount from the parent (a reset, a saved payee) replaces the words; the amount we just reported does not.
  if (value !== undefined && value !== emitted.current) {
    emitted.current = value;
    setText(value === null ? '' : formatAmount(value, locale, format));
    setReadError(undefined);
  }

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
    setText(next);
    const result = parseAmount(next, format);
    const amount = result.status === 'valid' ? result.value : null;
    // An error shown after leaving the field goes as soon as the words read right.
    if (result.status !== 'invalid') setReadError(undefined);
    emitted.current = amount;
    onValueChange?.(amount, { status: result.status, error: messageFor(result), text: next });
  };

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    onBlur?.(event);
    const result = parseAmount(text, format);
    if (result.status === 'valid') setText(formatAmount(result.value, locale, format));
    setReadError(messageFor(result));
  };

  const [field, input] = splitFieldProps(props);
  return (
    <Field {...field} error={readError ?? error}>
      {(control) => (
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
            aria-describedby={describedBy(`${control.id}-currency`, control['aria-describedby'])}
            className={clsx(fieldStyles.control(), styles.input)}
            data-currency={currency}
          />
        </div>
      )}
    </Field>
  );
}
