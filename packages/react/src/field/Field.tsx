'use client';
import { ErrorIcon } from '@elder-ui/icons';
import { clsx } from 'clsx/lite';
import { useId, type ComponentPropsWithoutRef, type ComponentPropsWithRef, type CSSProperties, type ReactNode } from 'react';
import { visuallyHidden } from '../internal/visually-hidden.css';
import { useMessagesOr } from '../locale/context';
import { fieldEn } from '../locale/own-messages';
import * as styles from './Field.css';

/** The props {@link Field} gives its control, to spread on an `<input>`, `<textarea>` or similar. */
export interface FieldControlProps {
  /** The id the label points at and the error summary links to. */
  id: string;
  /** Only with `labelElement="span"`: the control is named by the label's words. */
  'aria-labelledby'?: string;
  /** The hint, the error and any ids given to the field, in reading order. */
  'aria-describedby': string | undefined;
  /** `true` while the field shows an error. */
  'aria-invalid': true | undefined;
  /** `true` for a required field. */
  'aria-required': true | undefined;
  /**
   * Native `required` as well, so the field takes part in the form's own validity (`checkValidity()`,
   * `formErrors()`); give the form `noValidate` to show the kit's errors instead of the browser's bubble.
   */
  required: true | undefined;
  /** The field's `disabled`. */
  disabled: boolean | undefined;
}

/**
 * Where `className` and `style` land, the same in every form component: on the outer
 * element, the box that holds the label, hint, error and control. That box is what a
 * page lays out (margins, grid areas, widths), and the label, hint and error must move
 * with the control; the control's own look comes from the kit (and `width` where there
 * is one). Every other prop (`ref`, `name`, event handlers, `aria-*`, `data-*`) goes to
 * the control itself.
 */
export interface FieldWrapperProps {
  /**
   * A class for the outer element, the box around the label, hint, error and control.
   * Other props go to the control.
   * @default undefined
   */
  className?: string;
  /**
   * Inline styles for the outer element, like `className`.
   * @default undefined
   */
  style?: CSSProperties;
}

/** What every labelled form component takes: the label, hint, error and whether it is required. */
export interface FieldBaseProps extends FieldWrapperProps {
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
   * and the control gets native `required` (and `aria-required`), so the form's own validity knows.
   * Give the form `noValidate` to keep the kit's errors and summary in charge instead of the browser's bubble.
   * @default false
   */
  required?: boolean;
  /**
   * Disables the control.
   * @default false
   */
  disabled?: boolean;
  /**
   * The control's id. The label points at it and the error summary links to it.
   * @default a generated id
   */
  id?: string;
  /**
   * More ids for the control's `aria-describedby`, read after the hint and the error.
   * @default undefined
   */
  'aria-describedby'?: string;
}

/**
 * An element's own props for a field's control: without those {@link FieldBaseProps}
 * defines, and without `onPaste`, since paste is never blocked (WCAG 3.3.8).
 */
export type FieldNativeProps<E extends 'input' | 'textarea'> = Omit<ComponentPropsWithRef<E>, keyof FieldBaseProps | 'onPaste'>;

/** Joins ids for `aria-describedby`, skipping empty ones. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return clsx(...ids) || undefined;
}

/**
 * Splits a form component's props: the field's own (label, hint, error, required,
 * disabled, id, description ids, `className`, `style`) for its {@link Field}, the rest for the control.
 */
export function splitFieldProps<P extends FieldBaseProps>(props: P) {
  const { label, hint, error, required, disabled, id, className, style, 'aria-describedby': ids, ...control } = props;
  const field = { label, hint, error, required, disabled, id, className, style, 'aria-describedby': ids };
  return [field, control] as const;
}

/** What {@link useField} takes: the field's props that make ids and ARIA, and its label's element. */
interface UseFieldOptions extends Omit<FieldBaseProps, 'label' | keyof FieldWrapperProps> {
  /**
   * `label` names one control by `htmlFor`; a `legend` names its fieldset; a group that
   * is neither (a radio group, a date in three boxes) is named by a `span` it points at.
   */
  labelElement?: 'label' | 'legend' | 'span';
}

/**
 * The ids and ARIA of one field, for every form component: {@link Field} hands
 * `control` to its control; the choice components wire the same ids into their own layout.
 */
export function useField({ id, hint, error, required = false, disabled, 'aria-describedby': more, labelElement = 'label' }: UseFieldOptions) {
  const generated = useId();
  const labelId = `${generated}-label`;
  const hintId = hint ? `${generated}-hint` : undefined;
  const errorId = error ? `${generated}-error` : undefined;
  const control: FieldControlProps = {
    id: id ?? `${generated}-control`,
    ...(labelElement === 'span' ? { 'aria-labelledby': labelId } : {}),
    'aria-describedby': describedBy(hintId, errorId, more),
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
    required: required || undefined,
    disabled,
  };
  return { labelElement, labelId, hintId, errorId, invalid: Boolean(error), control };
}

/** "(required)" in words, after a label. */
export function RequiredMark() {
  const messages = useMessagesOr(fieldEn);
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
  return <p {...props} className={clsx(styles.hint, className)} />;
}

/** Props of {@link FieldError}. */
export type FieldErrorProps = ComponentPropsWithoutRef<'p'>;

/**
 * An error in words with an icon, for a control. Screen readers hear "Error:"
 * first. Give it an id and list that id in the control's `aria-describedby`.
 */
export function FieldError({ className, children, ...props }: FieldErrorProps) {
  const messages = useMessagesOr(fieldEn);
  return (
    <p {...props} className={clsx(styles.error, className)} data-eui-field-error="">
      <span className={styles.errorIcon} aria-hidden="true">
        <ErrorIcon />
      </span>
      <span>
        <span className={visuallyHidden}>{messages.errorPrefix}</span> {children}
      </span>
    </p>
  );
}

interface FieldTextProps extends Pick<FieldBaseProps, 'label' | 'hint' | 'error' | 'required'> {
  field: ReturnType<typeof useField>;
}

/** The words above a control, in reading order: the label with "(required)", the hint, the error. */
export function FieldText({ field, label, hint, error, required }: FieldTextProps) {
  const Label = field.labelElement;
  return (
    <>
      <Label id={field.labelId} htmlFor={Label === 'label' ? field.control.id : undefined} className={styles.label}>
        {label}
        {required ? <RequiredMark /> : null}
      </Label>
      {hint ? <FieldHint id={field.hintId}>{hint}</FieldHint> : null}
      {error ? <FieldError id={field.errorId}>{error}</FieldError> : null}
    </>
  );
}

/** Props of {@link Field}. */
export interface FieldProps
  extends FieldBaseProps,
    Omit<ComponentPropsWithoutRef<'div'>, 'children' | keyof FieldBaseProps> {
  /**
   * The element of the label. A `<label>` names one control and focuses it when pressed.
   * A control that is a group of controls (radios, a date in three boxes) cannot be
   * named by a `<label>`: with `span` the words are a `<span>` and the control gets
   * `aria-labelledby` pointing at them.
   * @default 'label'
   */
  labelElement?: 'label' | 'span';
  /**
   * The control. A function receives the id and ARIA attributes to spread on it.
   */
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * Lays out one form field: the label (always visible), "(required)" in words,
 * the hint, the error with its icon, then the control, wired together with
 * `id`, `aria-describedby`, `aria-invalid` and `aria-required`. This is the one
 * way the kit threads a field's ids into a control: TextField, TextArea,
 * AmountField, PasswordField, Select and RadioGroup are built on it; use it
 * directly to label a control of your own. `className`, `style` and the other
 * `<div>` props go to the outer box, as in every form component.
 *
 * @example
 * <Field label="Card number" hint="16 digits on the front of the card">
 *   {(control) => <input {...control} inputMode="numeric" />}
 * </Field>
 */
export function Field({
  label,
  hint,
  error,
  required,
  disabled,
  id,
  'aria-describedby': more,
  labelElement,
  className,
  children,
  ...props
}: FieldProps) {
  const field = useField({ id, hint, error, required, disabled, 'aria-describedby': more, labelElement });
  return (
    <div {...props} className={clsx(styles.field, className)} data-eui-field="" data-invalid={field.invalid ? '' : undefined}>
      <FieldText field={field} label={label} hint={hint} error={error} required={required} />
      {children(field.control)}
    </div>
  );
}
