'use client';
import { clsx } from 'clsx/lite';
import { Field, splitFieldProps, type FieldBaseProps, type FieldNativeProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import * as styles from './TextField.css';

/** The widths a text field comes in. */
export const textFieldWidths = ['full', 'medium', 'short'] as const satisfies readonly fieldStyles.ControlWidth[];

/**
 * Props of {@link TextField}. `className` and `style` go to the outer box, as in every
 * form component; other props (`ref`, `name`, `autoComplete`, `inputMode`, `onChange`, …) go to the `<input>`.
 */
export interface TextFieldProps extends FieldBaseProps, Omit<FieldNativeProps<'input'>, 'width' | 'type'> {
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
export function TextField({ type = 'text', width = 'full', ...props }: TextFieldProps) {
  const [field, input] = splitFieldProps(props);
  return (
    <Field {...field}>
      {(control) => <input {...input} {...control} type={type} className={fieldStyles.control({ width })} />}
    </Field>
  );
}

/**
 * Props of {@link TextArea}. `className` and `style` go to the outer box; other props
 * (`ref`, `name`, `maxLength`, `onChange`, …) go to the `<textarea>`.
 */
export interface TextAreaProps extends FieldBaseProps, FieldNativeProps<'textarea'> {
  /**
   * How many lines show before the box grows or scrolls.
   * @default 4
   */
  rows?: number;
}

/** A text area for longer answers, laid out like {@link TextField}. The user can make it taller. */
export function TextArea({ rows = 4, ...props }: TextAreaProps) {
  const [field, textArea] = splitFieldProps(props);
  return (
    <Field {...field}>
      {(control) => <textarea {...textArea} {...control} rows={rows} className={clsx(fieldStyles.control(), styles.textArea)} />}
    </Field>
  );
}
