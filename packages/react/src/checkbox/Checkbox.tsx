'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { clsx } from 'clsx/lite';
import {
  createContext,
  useContext,
  useImperativeHandle,
  useRef,
  type ComponentPropsWithoutRef,
  type ComponentPropsWithRef,
  type ReactNode,
} from 'react';
import { ChoiceOption, useFormReset } from '../field/ChoiceOption';
import { describedBy, FieldError, FieldText, useField, type FieldBaseProps, type FieldWrapperProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import * as choice from '../field/choice.css';
import { useIsomorphicLayoutEffect } from '../internal/use-isomorphic-layout-effect';

interface GroupContextValue {
  value: readonly string[];
  toggle(value: string, checked: boolean): void;
  name: string | undefined;
  disabled: boolean;
  invalid: boolean;
}

const GroupContext = createContext<GroupContextValue | null>(null);

/**
 * Props of {@link Checkbox}. `className` and `style` go to the outer box, as in every form
 * component; other props (`ref`, `name`, `form`, event handlers, …) go to the `<input type="checkbox">`.
 */
export interface CheckboxProps
  extends FieldWrapperProps,
    Omit<
      ComponentPropsWithRef<'input'>,
      'type' | 'children' | 'checked' | 'defaultChecked' | 'value' | 'required' | keyof FieldWrapperProps
    > {
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
   * For a checkbox on its own: says "(required)" after the label, and a form without
   * `noValidate` is not sent until the box is ticked.
   * @default false
   */
  required?: boolean;
  /**
   * Ticked, not ticked, or `'indeterminate'` (a dash: some of the boxes it stands for are ticked). Controlled.
   * @default undefined
   */
  checked?: boolean | 'indeterminate';
  /**
   * The state at first, uncontrolled. A form reset brings it back.
   * @default false
   */
  defaultChecked?: boolean | 'indeterminate';
  /**
   * Called with the new state when the user ticks or unticks the box, or a form reset changes it.
   * @default undefined
   */
  onCheckedChange?: (checked: boolean | 'indeterminate') => void;
  /**
   * Inside a {@link CheckboxGroup}: the value this box adds to the group's value.
   * Outside one: the value sent with the form when the box is ticked.
   * @default 'on'
   */
  value?: string;
}

/**
 * A native checkbox drawn by the kit, whose whole label is the hit area (at least 44 × 44 px,
 * 48 × 48 in elder mode). Checked shows a check mark, indeterminate a dash: not colour alone.
 * It is sent with its form, and a form reset puts it back.
 */
export function Checkbox({
  label,
  hint,
  error,
  required = false,
  id,
  value,
  checked,
  defaultChecked = false,
  onCheckedChange,
  onChange,
  disabled,
  name,
  className,
  style,
  ref,
  'aria-describedby': more,
  ...props
}: CheckboxProps) {
  const group = useContext(GroupContext);
  const field = useField({ id, hint, error });
  const inGroup = group !== null && value !== undefined;
  const [state, setState] = useControllableState<boolean | 'indeterminate'>({
    prop: inGroup ? group.value.includes(value) : checked,
    defaultProp: defaultChecked,
    onChange: (next) => {
      if (inGroup) group.toggle(value, next === true);
      onCheckedChange?.(next);
    },
    caller: 'Checkbox',
  });
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => input.current!, []);
  // HTML has no attribute for it: the dash is the DOM property, which also gives aria-checked="mixed".
  useIsomorphicLayoutEffect(() => {
    input.current!.indeterminate = state === 'indeterminate';
  }, [state]);
  // In a group, the group puts the boxes back.
  useFormReset(input, state, inGroup ? undefined : setState);
  const invalid = field.invalid || (inGroup && group.invalid);

  return (
    <div className={clsx(fieldStyles.field, className)} style={style} data-eui-field="">
      {error ? <FieldError id={field.errorId}>{error}</FieldError> : null}
      <ChoiceOption field={field} label={label} hint={hint} required={required}>
        <input
          {...props}
          ref={input}
          type="checkbox"
          id={field.control.id}
          name={inGroup ? group.name : name}
          value={value}
          checked={state === true}
          onChange={(event) => {
            onChange?.(event);
            setState(event.currentTarget.checked);
          }}
          disabled={disabled || group?.disabled}
          required={required}
          // Named by the words only; the hint under them is the description.
          aria-labelledby={field.labelId}
          aria-invalid={invalid || undefined}
          // The error stands above the box and the hint below it: read in that order.
          aria-describedby={describedBy(field.errorId, field.hintId, more)}
          className={choice.checkbox}
        />
      </ChoiceOption>
    </div>
  );
}

/**
 * Props of {@link CheckboxGroup}. `className`, `style` and the other `<fieldset>` props go to the
 * fieldset: it is both the outer box and the group.
 */
export interface CheckboxGroupProps
  extends FieldBaseProps,
    Omit<ComponentPropsWithoutRef<'fieldset'>, 'onChange' | 'defaultValue' | keyof FieldBaseProps> {
  /**
   * The chosen values (controlled).
   * @default undefined
   */
  value?: readonly string[];
  /**
   * The values chosen at first (uncontrolled). A form reset brings them back.
   * @default []
   */
  defaultValue?: readonly string[];
  /**
   * Called with the new list of chosen values.
   * @default undefined
   */
  onValueChange?: (value: string[]) => void;
  /**
   * The form field name each box is sent under, once per ticked box.
   * @default undefined
   */
  name?: string;
  /**
   * Stacks the boxes, or puts them side by side (they wrap).
   * @default 'vertical'
   */
  orientation?: choice.Orientation;
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
  'aria-describedby': more,
  children,
  ...props
}: CheckboxGroupProps) {
  const field = useField({ hint, error, 'aria-describedby': more, labelElement: 'legend' });
  const [chosen, setChosen] = useControllableState<readonly string[]>({
    prop: value,
    defaultProp: defaultValue,
    onChange: (next) => onValueChange?.([...next]),
    caller: 'CheckboxGroup',
  });
  const fieldset = useRef<HTMLFieldSetElement>(null);
  useFormReset(fieldset, chosen, setChosen);

  const toggle = (item: string, on: boolean) => {
    const others = chosen.filter((v) => v !== item);
    setChosen(on ? [...others, item] : others);
  };

  return (
    <fieldset
      {...props}
      ref={fieldset}
      id={id}
      aria-describedby={field.control['aria-describedby']}
      className={clsx(fieldStyles.field, className)}
      data-eui-field=""
      data-invalid={field.invalid ? '' : undefined}
    >
      <FieldText field={field} label={label} hint={hint} error={error} required={required} />
      <GroupContext.Provider value={{ value: chosen, toggle, name, disabled, invalid: field.invalid }}>
        <div className={choice.options({ orientation })}>{children}</div>
      </GroupContext.Provider>
    </fieldset>
  );
}
