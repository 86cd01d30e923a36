'use client';
import { ErrorIcon } from '@elder-ui/icons';
import { useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { visuallyHidden } from '../internal/visually-hidden.css';
import { useLocale } from '../locale';
import * as styles from './Field.css';

/** The props {@link Field} gives its control, to spread on an `<input>`, `<textarea>` or similar. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
  disabled: boolean | undefined;
}

/** What every labelled form component takes: the label, hint, error and whether it is required. */
export interface FieldBaseProps {
  /**
   * The visible label. Always shown, never replaced by a placeholder.
   */
  label: ReactNode;
  /**
   * Help shown above the control, such as the expected format.
   * @default undefined
   */
  hint?: ReactNode;
  /**
   * The error, in words. It is shown with an icon next to the control, linked by
   * `aria-describedby`, and the control gets `aria-invalid`.
   * @default undefined
   */
  error?: ReactNode;
  /**
   * Marks the field as required: "(required)" is said in words after the label,
   * and the control gets `aria-required`. The browser's own validation bubble is
   * not used, so the kit's errors and summary stay in charge.
   * @default false
   */
  required?: boolean;
  /**
   * Disables the control.
   * @default false
   */
  disabled?: boolean;
}

/** Joins ids for `aria-describedby`, skipping empty ones. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

/** Ids and state of one field, shared by {@link Field} and the choice components. */
export function useFieldIds({ id, hint, error }: { id?: string; hint?: ReactNode; error?: ReactNode }) {
  const generated = useId();
  const controlId = id ?? `${generated}-control`;
  return {
    controlId,
    labelId: `${generated}-label`,
    hintId: hint ? `${generated}-hint` : undefined,
    errorId: error ? `${generated}-error` : undefined,
    invalid: Boolean(error),
  };
}

/** "(required)" in words, after a label. */
export function RequiredMark() {
  const { messages } = useLocale();
  // A real space, so screen readers say "Name (required)" and not "Name(required)".
  return (
    <>
      {' '}
      <span className={styles.required}>{messages.required}</span>
    </>
  );
}

/** Props of {@link FieldHint}. */
export type FieldHintProps = ComponentPropsWithoutRef<'p'>;

/** Help text above a control. Give it an id and list that id in the control's `aria-describedby`. */
export function FieldHint({ className, ...props }: FieldHintProps) {
  return <p {...props} className={[styles.hint, className].filter(Boolean).join(' ')} />;
}

/** Props of {@link FieldError}. */
export type FieldErrorProps = ComponentPropsWithoutRef<'p'>;

/**
 * An error in words with an icon, for a control. Screen readers hear "Error:"
 * first. Give it an id and list that id in the control's `aria-describedby`.
 */
export function FieldError({ className, children, ...props }: FieldErrorProps) {
  const { messages } = useLocale();
  return (
    <p {...props} className={[styles.error, className].filter(Boolean).join(' ')} data-eui-field-error="">
      <span className={styles.errorIcon} aria-hidden="true">
        <ErrorIcon />
      </span>
      <span>
        <span className={visuallyHidden}>{messages.errorPrefix}</span> {children}
      </span>
    </p>
  );
}

/** Props of {@link Field}. */
export interface FieldProps extends FieldBaseProps, Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'id'> {
  /**
   * The control's id. The label points at it and the error summary links to it.
   * @default a generated id
   */
  id?: string;
  /**
   * The control. A function receives the id and ARIA attributes to spread on it.
   */
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * Lays out one form field: the label (always visible), "(required)" in words,
 * the hint, the error with its icon, then the control, wired together with
 * `id`, `aria-describedby`, `aria-invalid` and `aria-required`. The text fields
 * use it; use it directly to label a control of your own.
 *
 * @example
 * <Field label="Card number" hint="16 digits on the front of the card">
 *   {(control) => <input {...control} inputMode="numeric" />}
 * </Field>
 */
export function Field({ label, hint, error, required = false, disabled, id, className, children, ...props }: FieldProps) {
  const ids = useFieldIds({ id, hint, error });
  return (
    <div {...props} className={[styles.field, className].filter(Boolean).join(' ')} data-eui-field="" data-invalid={ids.invalid ? '' : undefined}>
      <label id={ids.labelId} htmlFor={ids.controlId} className={styles.label}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      {hint ? <FieldHint id={ids.hintId}>{hint}</FieldHint> : null}
      {error ? <FieldError id={ids.errorId}>{error}</FieldError> : null}
      {children({
        id: ids.controlId,
        'aria-describedby': describedBy(ids.hintId, ids.errorId),
        'aria-invalid': ids.invalid || undefined,
        'aria-required': required || undefined,
        disabled,
      })}
    </div>
  );
}
