'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { clsx } from 'clsx/lite';
import {
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useRef,
  useState,
  type ComponentPropsWithRef,
  type ReactNode,
} from 'react';
import { FieldText, useField, type FieldBaseProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import { warnOnce } from '../internal/dev';
import { useLocale, type Locale } from '../locale';
import * as styles from './DateField.css';
import {
  describeProblem,
  exampleHint,
  parseIsoDate,
  partLabel,
  partsOf,
  readDate,
  type DateCalendar,
  type DatePart,
  type DateParts,
  type DateRead,
} from './read-date';

/** What {@link DateField} reports with each change. */
export interface DateDetails {
  /** `empty`, `valid`, or `invalid` when a part is missing or wrong, or the date is out of range. */
  status: DateRead['status'];
  /**
   * What is wrong, in the same words the field shows (after the person leaves it or sends the
   * form), to repeat in a form error summary. Also set for an empty `required` date.
   */
  error?: string;
  /** The id of the first box to fix, for the summary's link: the error summary focuses it. */
  errorId?: string;
  /** The three boxes as typed, with the year in the field's calendar. */
  parts: DateParts;
}

/**
 * Props of {@link DateField}. `className`, `style` and other props (`ref`, `aria-*`, `data-*`,
 * event handlers) go to the `<fieldset>`, the box around the legend, hint, error and boxes.
 */
export interface DateFieldProps
  extends FieldBaseProps,
    Omit<ComponentPropsWithRef<'fieldset'>, 'defaultValue' | 'onChange' | 'children' | 'name' | keyof FieldBaseProps> {
  /**
   * Help under the legend. Give an example that fits the question; `null` shows none.
   * @default an example date in the order and calendar of the boxes: "For example, 27 3 2007", "例如：2007 年 3 月 27 日"
   */
  hint?: ReactNode;
  /**
   * The date (controlled), as an ISO date in the Gregorian calendar (`"2024-03-27"`), or `null` for none.
   * @default undefined
   */
  value?: string | null;
  /**
   * The date at first (uncontrolled), as an ISO date. A form reset brings it back.
   * @default null
   */
  defaultValue?: string | null;
  /**
   * Called as the person types, with the ISO date (or `null` while the date is empty,
   * incomplete or wrong) and the details: the status, the words of the error and the
   * id of the box to fix.
   * @default undefined
   */
  onValueChange?: (value: string | null, details: DateDetails) => void;
  /**
   * The first date allowed, as an ISO date. An earlier date gets an error that names it.
   * @default undefined
   */
  min?: string;
  /**
   * The last date allowed, as an ISO date. A later date gets an error that names it.
   * @default undefined
   */
  max?: string;
  /**
   * The calendar of the year box. `roc` takes a year of the Republic of China (民國, 2024 is
   * 113), as Taiwan writes dates; the value stays a Gregorian ISO date.
   * @default 'gregory'
   */
  calendar?: DateCalendar;
  /**
   * The form field name: the form sends the ISO date under it (empty while the date is
   * not valid), and the boxes as typed under `name-day`, `name-month` and `name-year`,
   * so a server can show back what was typed.
   * @default undefined
   */
  name?: string;
  /**
   * `bday` for a date of birth: the browser then offers to fill it in (not the year of a
   * 民國 date, which browsers store as a Western year).
   * @default undefined
   */
  autoComplete?: 'bday' | 'off';
}

/** The order of the boxes and where their labels go, as each locale writes a date. */
const layouts: Record<Locale, { order: readonly DatePart[]; labels: styles.PartLabels }> = {
  en: { order: ['day', 'month', 'year'], labels: 'above' },
  id: { order: ['day', 'month', 'year'], labels: 'above' },
  'zh-CN': { order: ['year', 'month', 'day'], labels: 'after' },
  'zh-TW': { order: ['year', 'month', 'day'], labels: 'after' },
};

const problemOf = (read: DateRead) => (read.status === 'valid' ? undefined : read.problem);

/** Reads an ISO date prop, warning in development when it is not one. */
function isoProp(prop: string, iso: string | undefined) {
  const date = parseIsoDate(iso);
  if (process.env.NODE_ENV !== 'production' && iso && !date) warnOnce(`DateField-${prop}-${iso}`, `DateField: ${prop}="${iso}" is not an ISO date such as "2024-03-27"; it is ignored.`);
  return date;
}

/**
 * A date the person knows, such as a date of birth: day, month and year in three labelled
 * boxes (the GOV.UK "memorable date" pattern), in the order the locale writes a date (年 月 日
 * in Chinese), with the year as a 民國 year if asked. The numeric keypad opens on phones,
 * focus never jumps from box to box by itself, and paste works. The date is checked when the
 * person leaves the field or sends the form, never while typing, and an error says in words
 * which part is wrong and marks only that box.
 */
export function DateField({
  label,
  hint,
  error,
  required = false,
  disabled,
  id,
  className,
  'aria-describedby': more,
  value,
  defaultValue = null,
  onValueChange,
  min,
  max,
  calendar = 'gregory',
  name,
  autoComplete,
  ref,
  ...props
}: DateFieldProps) {
  const { locale, messages } = useLocale();
  const { order, labels } = layouts[locale];
  const [current, setCurrent] = useControllableState({ prop: value, defaultProp: defaultValue, caller: 'DateField' });
  const [typed, setTyped] = useState(() => partsOf(parseIsoDate(current), calendar));
  // The value and calendar the boxes were last filled from: a new date from the parent refills them.
  const [filledFrom, setFilledFrom] = useState({ value: current, calendar });
  const [shown, setShown] = useState<DateRead>();
  const rules = { calendar, order, required, min: isoProp('min', min), max: isoProp('max', max) };

  if (current !== filledFrom.value || calendar !== filledFrom.calendar) {
    setFilledFrom({ value: current, calendar });
    setTyped(partsOf(parseIsoDate(current), calendar));
    setShown(undefined);
  }

  const shownProblem = shown && problemOf(shown);
  const shownError = shownProblem ? describeProblem(shownProblem, messages, locale, calendar) : error;
  const shownHint = hint === undefined ? exampleHint(messages, calendar) : hint;
  const field = useField({ id, hint: shownHint, error: shownError, required, 'aria-describedby': more, labelElement: 'legend' });
  const partId = (part: DatePart) => `${field.control.id}-${part}`;
  // The field's own error marks only the wrong parts; an error given by the page marks the whole date.
  const invalidParts: readonly DatePart[] = shownProblem && shown.status !== 'valid' ? shown.parts : error ? order : [];

  const fieldset = useRef<HTMLFieldSetElement>(null);
  const inputs = useRef<Partial<Record<DatePart, HTMLInputElement | null>>>({});
  useImperativeHandle(ref, () => fieldset.current!, []);

  const live = readDate(typed, rules);
  const liveProblem = problemOf(live);
  const liveError = liveProblem ? describeProblem(liveProblem, messages, locale, calendar) : undefined;
  const firstWrong = live.status === 'valid' ? undefined : live.parts[0];

  // The browser's own form check knows what is wrong too: a form without `noValidate` is not
  // sent with a wrong date, and reads these words.
  useEffect(() => {
    for (const part of order) inputs.current[part]?.setCustomValidity(part === firstWrong ? (liveError ?? '') : '');
  }, [order, firstWrong, liveError]);

  /** Shows what is wrong now, if anything: when the person leaves the field or the form is sent. */
  const check = () => setShown(liveProblem ? live : undefined);

  const update = (next: DateParts) => {
    const read = readDate(next, rules);
    const problem = problemOf(read);
    const iso = read.status === 'valid' ? read.date.toString() : null;
    setTyped(next);
    setFilledFrom({ value: iso, calendar });
    setCurrent(iso);
    // An error shown goes as soon as the date reads right; a new one waits until the person leaves.
    if (!problem) setShown(undefined);
    onValueChange?.(iso, {
      status: read.status,
      error: problem && describeProblem(problem, messages, locale, calendar),
      errorId: read.status === 'valid' ? undefined : read.parts[0] && partId(read.parts[0]),
      parts: next,
    });
  };

  const onSubmit = useEffectEvent(check);
  const onReset = useEffectEvent(() => {
    update(partsOf(parseIsoDate(defaultValue), calendar));
    setShown(undefined);
  });
  const onFocusOut = useEffectEvent((event: FocusEvent) => {
    // Moving between the boxes is still filling in the date; leaving all three is done with it.
    if (fieldset.current?.contains(event.relatedTarget as Node | null)) return;
    if (shown || order.some((part) => typed[part].trim() !== '')) check();
  });
  useEffect(() => {
    const group = fieldset.current;
    const form = group?.form;
    const focusOut = (event: FocusEvent) => onFocusOut(event);
    const submitted = () => onSubmit();
    const reset = () => onReset();
    group?.addEventListener('focusout', focusOut);
    form?.addEventListener('submit', submitted);
    form?.addEventListener('reset', reset);
    return () => {
      group?.removeEventListener('focusout', focusOut);
      form?.removeEventListener('submit', submitted);
      form?.removeEventListener('reset', reset);
    };
  }, []);

  const date = parseIsoDate(current);
  return (
    <fieldset
      {...props}
      ref={fieldset}
      id={field.control.id}
      aria-describedby={field.control['aria-describedby']}
      disabled={disabled}
      className={clsx(fieldStyles.field, className)}
      data-eui-field=""
      data-invalid={field.invalid ? '' : undefined}
    >
      <FieldText field={field} label={label} hint={shownHint} error={shownError} required={required} />
      <div className={styles.parts}>
        {order.map((part) => {
          const rocYear = part === 'year' && calendar === 'roc';
          // Where labels sit above, the year says it is a 民國 year; where they follow, 民國 goes before the box.
          const words = rocYear && labels === 'above' ? messages.dateRocYear : partLabel(part, messages);
          const partLabelElement = (
            <label id={`${partId(part)}-label`} htmlFor={partId(part)} className={styles.partLabel}>
              {words}
            </label>
          );
          return (
            <div key={part} className={styles.part({ labels })}>
              {labels === 'above' ? partLabelElement : null}
              {rocYear && labels === 'after' ? (
                <label id={`${partId(part)}-era`} htmlFor={partId(part)} className={styles.partLabel}>
                  {messages.dateRocEra}
                </label>
              ) : null}
              <input
                ref={(element) => {
                  inputs.current[part] = element;
                }}
                id={partId(part)}
                name={name ? `${name}-${part}` : undefined}
                type="text"
                // No type="number": it brings spinner arrows and drops a leading zero; the keypad comes from inputMode.
                inputMode="numeric"
                autoComplete={autoComplete === 'bday' ? (rocYear ? 'off' : `bday-${part}`) : autoComplete}
                spellCheck={false}
                value={typed[part]}
                onChange={(event) => update({ ...typed, [part]: event.target.value })}
                onInvalid={check}
                aria-labelledby={rocYear && labels === 'after' ? `${partId(part)}-era ${partId(part)}-label` : undefined}
                aria-invalid={invalidParts.includes(part) || undefined}
                aria-required={required || undefined}
                className={clsx(fieldStyles.control(), styles.input({ chars: part !== 'year' ? 2 : rocYear ? 3 : 4 }))}
              />
              {labels === 'after' ? partLabelElement : null}
            </div>
          );
        })}
      </div>
      {name ? <input type="hidden" name={name} value={date?.toString() ?? ''} /> : null}
    </fieldset>
  );
}
