'use client';
import { ErrorIcon } from '@elder-ui/icons';
import { clsx } from 'clsx/lite';
import { useEffect, useId, useRef, type ComponentPropsWithoutRef, type MouseEvent, type ReactNode } from 'react';
import { useLocale } from '../locale';
import { formsMessages, type FormMessages } from '../locale/messages-forms';

const formsEn = formsMessages.en;
import * as styles from './Field.css';

/** One error of a {@link FormErrorSummary}. */
export interface FormError {
  /** The id of the control the error belongs to; the summary links to it. */
  id: string;
  /** The error, in the same words as next to the field. */
  message: ReactNode;
}

/** Props of {@link FormErrorSummary}. */
export interface FormErrorSummaryProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'title'> {
  /**
   * The errors, in the order of the fields. With none the summary renders nothing.
   */
  errors: readonly FormError[];
  /**
   * The heading.
   * @default the locale's "Please fix these problems"
   */
  title?: ReactNode;
  /**
   * The heading level, to fit the page outline.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4;
  /**
   * Count the failed submits here: each time it grows and there are errors, the
   * summary takes focus, so keyboard and screen reader users land on it.
   * @default 0
   */
  submitCount?: number;
}

const focusable = 'input:not([type="hidden"]), textarea, select, button, a[href], [tabindex]:not([tabindex="-1"])';

type Validatable = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The locale's words {@link formErrors} needs. */
export type FormErrorWords = Pick<FormMessages, 'required' | 'fieldMissing'>;

/** {@link formErrors} in the current locale's words, for a form's submit handler. */
export function useFormErrors(): (form: HTMLFormElement) => FormError[] {
  const { messages } = useLocale();
  return (form) => formErrors(form, messages);
}

/** The words of a control's label, without the "(required)" after them. */
function labelOf(control: Validatable, required: string): string {
  const labelled = control.getAttribute('aria-labelledby');
  const fromIds = labelled
    ?.split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
  const group = control.type === 'radio' || control.type === 'checkbox' ? control.closest('fieldset')?.querySelector('legend') : null;
  const text = group?.textContent || fromIds || control.labels?.[0]?.textContent || control.name;
  return text.replace(required, '').replace(/\s+/g, ' ').trim();
}

/** The words of a {@link FieldError}, without the "Error:" said before them to screen readers. */
function errorWords(fieldError: Element): string {
  const words = fieldError.lastElementChild?.cloneNode(true) as Element | undefined;
  words?.firstElementChild?.remove();
  return words?.textContent?.trim() ?? '';
}

/**
 * The errors of a form as the browser's own validation sees them (`required`, `pattern`, `min`, …),
 * for a {@link FormErrorSummary}: one per invalid field, in document order, a radio group once.
 * A field that shows the kit's error in words (its `error` prop) is summarised in those words; an
 * empty required field says so with its label in the locale's words; any other failure gives the
 * label and the browser's own message. Call it in the form's submit handler, with `noValidate` on
 * the form so the kit's summary replaces the browser's bubble; {@link useFormErrors} binds the
 * current locale's words.
 *
 * @param words The locale's "(required)" mark and missing-field sentence. @default English
 */
export function formErrors(form: HTMLFormElement, words: FormErrorWords = formsEn): FormError[] {
  const errors: FormError[] = [];
  const seen = new Set<string>();
  for (const element of Array.from(form.elements)) {
    const control = element as Validatable;
    if (!('validity' in control) || control.validity.valid || !control.willValidate) continue;
    const group = control.type === 'radio' ? control.closest('fieldset') : null;
    const target = group?.id ? group : control;
    if (!target.id || seen.has(target.id)) continue;
    seen.add(target.id);
    const described = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const kitError = described.map((id) => document.getElementById(id)).find((node) => node?.hasAttribute('data-eui-field-error'));
    const kitWords = kitError ? errorWords(kitError) : '';
    const label = labelOf(control, words.required);
    const message = control.validity.valueMissing
      ? words.fieldMissing.replace('{label}', label)
      : `${label}: ${control.validationMessage}`;
    errors.push({ id: target.id, message: kitWords || message });
  }
  return errors;
}

/** Focuses a field by id: the element itself, or (for a group) its chosen or first control. */
export function focusField(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const control = target.matches(focusable)
    ? target
    : (target.querySelector<HTMLElement>('input[type="radio"]:checked:not(:disabled), [role="radio"][aria-checked="true"]:not(:disabled)') ??
      target.querySelector<HTMLElement>(`:is(${focusable}):not(:disabled)`));
  if (!control) return false;
  control.focus();
  // Show the label and hint above the control, not just the control at the top edge.
  (target.closest('[data-eui-field]') ?? target).scrollIntoView?.({ block: 'center' });
  return true;
}

/**
 * The list of a form's errors at its top, each a link that moves focus to its
 * field. It takes focus after a failed submit (see `submitCount`).
 */
export function FormErrorSummary({
  errors,
  title,
  headingLevel = 2,
  submitCount = 0,
  className,
  ...props
}: FormErrorSummaryProps) {
  const { messages } = useLocale();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (submitCount > 0 && hasErrors) ref.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new submit moves focus; fixing an error as you type must not
  }, [submitCount]);

  if (!hasErrors) return null;

  const Heading = `h${headingLevel}` as const;
  const onClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (focusField(id)) event.preventDefault();
  };

  return (
    <div
      {...props}
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-labelledby={titleId}
      className={clsx(styles.summary, className)}
      data-eui-error-summary=""
    >
      <Heading id={titleId} className={styles.summaryTitle}>
        <span className={styles.errorIcon} aria-hidden="true">
          <ErrorIcon />
        </span>
        <span>{title ?? messages.errorSummaryTitle}</span>
      </Heading>
      <ul className={styles.summaryList}>
        {errors.map((error) => (
          <li key={error.id}>
            <a href={`#${error.id}`} className={styles.summaryLink} onClick={(event) => onClick(event, error.id)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
