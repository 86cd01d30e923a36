'use client';
import { ChevronDownIcon } from '@elder-ui/icons';
import { clsx } from 'clsx/lite';
import type { ChangeEvent, ComponentPropsWithRef, KeyboardEvent, ReactNode } from 'react';
import { Field, splitFieldProps, type FieldBaseProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import { warnOnce } from '../internal/dev';
import { useMessagesOr } from '../locale/context';
import { selectEn } from '../locale/own-messages';
import * as styles from './Select.css';

/**
 * Props of {@link Select}. `className` and `style` go to the outer box, as in every form
 * component; other props (`ref`, `name`, `form`, `autoComplete`, `onChange`, `aria-*`, …) go to the `<select>`.
 */
export interface SelectProps
  extends FieldBaseProps,
    Omit<ComponentPropsWithRef<'select'>, keyof FieldBaseProps | 'value' | 'defaultValue' | 'multiple' | 'size' | 'children'> {
  /**
   * The chosen value, for a controlled select; `''` shows the placeholder. Leave it out to
   * let the select hold its own value (then a form's reset brings back `defaultValue`).
   * @default undefined
   */
  value?: string;
  /**
   * The value chosen at first, for an uncontrolled select.
   * @default '' (the placeholder)
   */
  defaultValue?: string;
  /**
   * Called with the new value when the user chooses an option.
   * @default undefined
   */
  onValueChange?: (value: string) => void;
  /**
   * Says "(required)" in words after the label, sets `aria-required`, and makes the `<select>`
   * required: a form is not sent while the placeholder shows. Give the form `noValidate` to show
   * the kit's own errors and summary instead of the browser's message.
   * @default false
   */
  required?: boolean;
  /**
   * Shown before anything is chosen, as a first option that cannot be chosen again. It is not
   * a label: the label stays visible above. With `required`, a form is not sent while it shows.
   * @default the locale's "Choose one"
   */
  placeholder?: string;
  /**
   * How wide the select is.
   * @default 'full'
   */
  width?: fieldStyles.ControlWidth;
  /** The {@link SelectItem}s, optionally in `<optgroup>`s. */
  children?: ReactNode;
}

/** Radix Select's open state, which a native select does not take: the browser opens and closes its picker. */
interface RemovedOpenProps {
  open?: unknown;
  defaultOpen?: unknown;
  onOpenChange?: unknown;
}

/**
 * One choice from a longer list (about seven or more): a native `<select>`, so the keyboard,
 * the phone's own picker and form submission work as people know them. The closed select is a
 * full-size control with a large chevron; where the browser supports customizable select
 * (`appearance: base-select`) the options are drawn by the kit too: at least 44 px high (48 in
 * elder mode), words that wrap, and a check mark by the chosen one; Tab in the open list takes
 * the highlighted option. Elsewhere the platform's picker shows them. The select holds no state
 * of its own in React: a controlled `value` goes straight to the element, and an uncontrolled one
 * lives in the element, so a form's reset brings back `defaultValue`.
 */
export function Select({
  placeholder,
  width = 'full',
  value,
  defaultValue,
  onValueChange,
  onChange,
  onKeyDown,
  children,
  ...props
}: SelectProps) {
  const { open, defaultOpen, onOpenChange, ...rest } = props as SelectProps & RemovedOpenProps;
  if (process.env.NODE_ENV !== 'production' && (open !== undefined || defaultOpen !== undefined || onOpenChange !== undefined)) {
    warnOnce(
      'select-open',
      'Select no longer takes `open`, `defaultOpen` or `onOpenChange`: it is a native <select>, and the browser opens and closes its picker.',
    );
  }
  const messages = useMessagesOr(selectEn);
  const [field, select] = splitFieldProps(rest);
  const handleChange = (event: ChangeEvent<HTMLSelectElement>) => {
    onChange?.(event);
    onValueChange?.(event.target.value);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    onKeyDown?.(event);
    // The ARIA combobox pattern: Tab in the open list takes the highlighted option. Chromium's
    // customizable select closes its picker on Tab without choosing; platform pickers never see the key.
    const option = event.target as HTMLOptionElement;
    if (event.key !== 'Tab' || event.defaultPrevented || option.localName !== 'option') return;
    if (option.disabled || option.selected) return;
    option.selected = true;
    event.currentTarget.dispatchEvent(new Event('input', { bubbles: true }));
    event.currentTarget.dispatchEvent(new Event('change', { bubbles: true }));
  };
  return (
    <Field {...field}>
      {(control) => (
        <div className={styles.box} data-disabled={control.disabled ? '' : undefined}>
          <select
            {...select}
            {...control}
            // Native `required` with an empty first option: a form is not sent while nothing is chosen.
            required={field.required}
            {...(value === undefined ? { defaultValue: defaultValue ?? '' } : { value })}
            onChange={handleChange}
            onKeyDown={handleKeyDown}
            className={clsx(fieldStyles.control({ width }), styles.select)}
          >
            <option value="" disabled className={styles.placeholder}>
              {placeholder ?? messages.selectPlaceholder}
            </option>
            {children}
          </select>
          <span className={styles.chevron} aria-hidden="true">
            <ChevronDownIcon />
          </span>
        </div>
      )}
    </Field>
  );
}

/** Props of {@link SelectItem}: an `<option>`'s own props, with `value` required. */
export interface SelectItemProps extends Omit<ComponentPropsWithRef<'option'>, 'value' | 'selected' | 'children'> {
  /** The value sent with the form and passed to `onValueChange` when this option is chosen. */
  value: string;
  /** The words of the option. */
  children: ReactNode;
}

/** One option of a {@link Select}: an `<option>`. */
export function SelectItem({ className, ...props }: SelectItemProps) {
  return <option {...props} className={clsx(styles.item, className)} />;
}
