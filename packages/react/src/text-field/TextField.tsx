'use client';
import type { ComponentPropsWithRef } from 'react';
import { describedBy, Field, type FieldBaseProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import * as styles from './TextField.css';

/** The widths a text field comes in. */
export const textFieldWidths = ['full', 'medium', 'short'] as const;

type NativeInput = Omit<ComponentPropsWithRef<'input'>, 'width' | 'required' | 'disabled' | 'type' | 'onPaste'>;

/** Props of {@link TextField}. Other props (`name`, `autoComplete`, `inputMode`, `onChange`, …) go to the `<input>`. */
export interface TextFieldProps extends FieldBaseProps, NativeInput {
  /**
   * The kind of text. Numbers that are not amounts (phone, card, code) stay `text` with an `inputMode`.
   * @default 'text'
   */
  type?: 'text' | 'email' | 'tel' | 'url' | 'search';
  /**
   * How wide the box is; match it to the expected answer.
   * @default 'full'
   */
  width?: (typeof textFieldWidths)[number];
}

/**
 * A one-line text input with its label always visible, the hint above it and
 * the error in words beside it. Paste always works and `autoComplete` is passed through.
 */
export function TextField({
  label,
  hint,
  error,
  required,
  disabled,
  id,
  type = 'text',
  width = 'full',
  className,
  'aria-describedby': ariaDescribedBy,
  ...props
}: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} disabled={disabled} id={id}>
      {(control) => (
        <input
          {...props}
          {...control}
          type={type}
          aria-describedby={describedBy(control['aria-describedby'], ariaDescribedBy)}
          className={[fieldStyles.control({ width }), className].filter(Boolean).join(' ')}
        />
      )}
    </Field>
  );
}

/** Props of {@link TextArea}. Other props go to the `<textarea>`. */
export interface TextAreaProps
  extends FieldBaseProps,
    Omit<ComponentPropsWithRef<'textarea'>, 'required' | 'disabled' | 'onPaste'> {
  /**
   * How many lines show before the box grows or scrolls.
   * @default 4
   */
  rows?: number;
}

/** A text area for longer answers, laid out like {@link TextField}. The user can make it taller. */
export function TextArea({
  label,
  hint,
  error,
  required,
  disabled,
  id,
  rows = 4,
  className,
  'aria-describedby': ariaDescribedBy,
  ...props
}: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} disabled={disabled} id={id}>
      {(control) => (
        <textarea
          {...props}
          {...control}
          rows={rows}
          aria-describedby={describedBy(control['aria-describedby'], ariaDescribedBy)}
          className={[fieldStyles.control({ width: 'full' }), styles.textArea, className].filter(Boolean).join(' ')}
        />
      )}
    </Field>
  );
}
