'use client';
import { CheckIcon, MinusIcon } from '@elder-ui/icons';
import * as CheckboxPrimitive from '@radix-ui/react-checkbox';
import {
  createContext,
  useContext,
  useState,
  type ComponentPropsWithoutRef,
  type ComponentPropsWithRef,
  type ReactNode,
} from 'react';
import { describedBy, FieldError, FieldHint, RequiredMark, useFieldIds, type FieldBaseProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import * as choice from '../field/choice.css';

interface GroupContextValue {
  value: readonly string[];
  toggle(value: string, checked: boolean): void;
  name: string | undefined;
  disabled: boolean;
  invalid: boolean;
}

const GroupContext = createContext<GroupContextValue | null>(null);

/** Props of {@link Checkbox}. Other props go to the Radix checkbox (a `<button role="checkbox">`). */
export interface CheckboxProps
  extends Omit<ComponentPropsWithRef<typeof CheckboxPrimitive.Root>, 'children' | 'asChild' | 'required'> {
  /**
   * The words next to the box. They and the box together are the hit area.
   */
  label: ReactNode;
  /**
   * Extra words under the label.
   * @default undefined
   */
  hint?: ReactNode;
  /**
   * An error in words with an icon, for a checkbox on its own (such as "Tick to agree").
   * Inside a {@link CheckboxGroup} give the group the error instead.
   * @default undefined
   */
  error?: ReactNode;
  /**
   * Says "(required)" after the label and sets `aria-required`, for a checkbox on its own.
   * @default false
   */
  required?: boolean;
  /**
   * Inside a {@link CheckboxGroup}: the value this box adds to the group's value.
   * Outside one: the value sent with the form.
   * @default 'on'
   */
  value?: string;
}

/**
 * A checkbox whose whole label is the hit area (at least 44 × 44 px, 48 × 48 in
 * elder mode). Checked shows a check mark, not colour alone. Built on Radix Checkbox.
 */
export function Checkbox({
  label,
  hint,
  error,
  required = false,
  id,
  value,
  checked,
  defaultChecked,
  onCheckedChange,
  disabled,
  name,
  className,
  'aria-describedby': ariaDescribedBy,
  ...props
}: CheckboxProps) {
  const group = useContext(GroupContext);
  const ids = useFieldIds({ id, hint, error });
  const inGroup = group !== null && value !== undefined;
  const checkedState = inGroup ? group.value.includes(value) : checked;
  const invalid = ids.invalid || (inGroup && group.invalid);

  return (
    <div className={[choice.group, className].filter(Boolean).join(' ')} data-eui-field="">
      {error ? <FieldError id={ids.errorId}>{error}</FieldError> : null}
      <label htmlFor={ids.controlId} className={choice.option}>
        <CheckboxPrimitive.Root
          {...props}
          id={ids.controlId}
          name={inGroup ? group.name : name}
          value={value}
          checked={checkedState}
          defaultChecked={inGroup ? undefined : defaultChecked}
          onCheckedChange={(next) => {
            if (inGroup) group.toggle(value, next === true);
            onCheckedChange?.(next);
          }}
          disabled={disabled || group?.disabled}
          // Named by the words only; the hint under them is the description.
          aria-labelledby={ids.labelId}
          aria-invalid={invalid || undefined}
          aria-required={required || undefined}
          aria-describedby={describedBy(ids.errorId, ids.hintId, ariaDescribedBy)}
          className={choice.checkbox}
        >
          <CheckboxPrimitive.Indicator className={choice.checkboxIndicator}>
            {checkedState === 'indeterminate' ? <MinusIcon /> : <CheckIcon />}
          </CheckboxPrimitive.Indicator>
        </CheckboxPrimitive.Root>
        <span className={choice.optionText}>
          <span id={ids.labelId}>
            {label}
            {required ? <RequiredMark /> : null}
          </span>
          {hint ? (
            <span id={ids.hintId} className={choice.optionHint}>
              {hint}
            </span>
          ) : null}
        </span>
      </label>
    </div>
  );
}

/** Props of {@link CheckboxGroup}. */
export interface CheckboxGroupProps
  extends FieldBaseProps,
    Omit<ComponentPropsWithoutRef<'fieldset'>, 'onChange' | 'defaultValue' | 'disabled'> {
  /**
   * The chosen values (controlled).
   * @default undefined
   */
  value?: readonly string[];
  /**
   * The values chosen at first (uncontrolled).
   * @default []
   */
  defaultValue?: readonly string[];
  /**
   * Called with the new list of chosen values.
   * @default undefined
   */
  onValueChange?: (value: string[]) => void;
  /**
   * The form field name each box is sent under.
   * @default undefined
   */
  name?: string;
  /**
   * Stacks the boxes, or puts them side by side (they wrap).
   * @default 'vertical'
   */
  orientation?: 'vertical' | 'horizontal';
  /** The {@link Checkbox}es, each with a `value`. */
  children?: ReactNode;
}

/**
 * Several checkboxes under one question: a `<fieldset>` whose legend is the
 * question, with the hint and the error (icon and words) above the boxes.
 */
export function CheckboxGroup({
  label,
  hint,
  error,
  required = false,
  disabled = false,
  value,
  defaultValue = [],
  onValueChange,
  name,
  orientation = 'vertical',
  id,
  className,
  children,
  ...props
}: CheckboxGroupProps) {
  const ids = useFieldIds({ hint, error });
  const [own, setOwn] = useState<readonly string[]>(defaultValue);
  const current = value ?? own;
  const description = describedBy(ids.hintId, ids.errorId);

  const toggle = (item: string, on: boolean) => {
    const next = on ? [...current.filter((v) => v !== item), item] : current.filter((v) => v !== item);
    if (value === undefined) setOwn(next);
    onValueChange?.(next);
  };

  return (
    <fieldset
      {...props}
      id={id}
      aria-describedby={description}
      className={[choice.group, className].filter(Boolean).join(' ')}
      data-eui-field=""
      data-invalid={ids.invalid ? '' : undefined}
    >
      <legend className={fieldStyles.label}>
        {label}
        {required ? <RequiredMark /> : null}
      </legend>
      {hint ? <FieldHint id={ids.hintId}>{hint}</FieldHint> : null}
      {error ? <FieldError id={ids.errorId}>{error}</FieldError> : null}
      <GroupContext.Provider value={{ value: current, toggle, name, disabled, invalid: ids.invalid }}>
        <div className={choice.options({ orientation })}>{children}</div>
      </GroupContext.Provider>
    </fieldset>
  );
}
