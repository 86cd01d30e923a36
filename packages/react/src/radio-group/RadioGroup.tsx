'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { clsx } from 'clsx/lite';
import { createContext, useContext, useId, useImperativeHandle, useRef, type ComponentPropsWithRef, type ReactNode } from 'react';
import { ChoiceOption, useFormReset } from '../field/ChoiceOption';
import { FieldText, useField, type FieldBaseProps, type FieldWrapperProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import * as choice from '../field/choice.css';

interface RadioGroupContextValue {
  name: string;
  value: string | undefined;
  choose(value: string): void;
  required: boolean;
  disabled: boolean;
  invalid: boolean;
}

const RadioGroupContext = createContext<RadioGroupContextValue | null>(null);

/**
 * Props of {@link RadioGroup}. `className` and `style` go to the outer box, as in every form
 * component; other props (`ref`, event handlers, `aria-*`, `data-*`) go to the group, a `<fieldset>`.
 */
export interface RadioGroupProps
  extends FieldBaseProps,
    Omit<ComponentPropsWithRef<'fieldset'>, 'onChange' | 'defaultValue' | 'name' | keyof FieldBaseProps> {
  /**
   * The chosen value (controlled).
   * @default undefined
   */
  value?: string;
  /**
   * The value chosen at first (uncontrolled). A form reset brings it back.
   * @default undefined
   */
  defaultValue?: string;
  /**
   * Called with the newly chosen value: the user's choice, or `defaultValue` brought back by a form reset.
   * @default undefined
   */
  onValueChange?: (value: string) => void;
  /**
   * The form field name the chosen value is sent under. The radios share it, which is what
   * makes them one group for the browser's arrow keys.
   * @default a generated name
   */
  name?: string;
  /**
   * Stacks the choices, or puts them side by side (they wrap). The arrow keys move in both,
   * in all four directions, as the browser's own radios do.
   * @default 'vertical'
   */
  orientation?: choice.Orientation;
  /** The {@link RadioGroupItem}s. */
  children?: ReactNode;
}

/**
 * One choice out of a few, all visible: a `<fieldset>` whose legend is the question, with
 * the hint and the error (icon and words) above native radios. The arrow keys move between
 * them and choose, as the browser does. With `required`, a form without `noValidate` is not
 * sent until one is chosen. For more than about seven choices use a {@link Select}.
 */
export function RadioGroup({
  label,
  hint,
  error,
  required = false,
  disabled = false,
  id,
  className,
  style,
  'aria-describedby': more,
  value,
  defaultValue,
  onValueChange,
  name,
  orientation = 'vertical',
  ref,
  children,
  ...props
}: RadioGroupProps) {
  const field = useField({ id, hint, error, required, 'aria-describedby': more, labelElement: 'legend' });
  const generatedName = useId();
  const [chosen, setChosen] = useControllableState({
    prop: value,
    defaultProp: defaultValue,
    onChange: (next) => {
      if (next !== undefined) onValueChange?.(next);
    },
    caller: 'RadioGroup',
  });
  const fieldset = useRef<HTMLFieldSetElement>(null);
  useImperativeHandle(ref, () => fieldset.current!, []);
  useFormReset(fieldset, chosen, setChosen);

  return (
    <div className={clsx(fieldStyles.field, className)} style={style} data-eui-field="" data-invalid={field.invalid ? '' : undefined}>
      <fieldset
        {...props}
        ref={fieldset}
        // A radio group, not a plain group, so it can say it is required and invalid. ARIA in HTML
        // allows this role on a fieldset; the lint rule does not know the pair.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role
        role="radiogroup"
        id={field.control.id}
        aria-labelledby={field.labelId}
        aria-describedby={field.control['aria-describedby']}
        aria-invalid={field.control['aria-invalid']}
        aria-required={field.control['aria-required']}
        className={fieldStyles.field}
      >
        <FieldText field={field} label={label} hint={hint} error={error} required={required} />
        <RadioGroupContext.Provider
          value={{ name: name ?? generatedName, value: chosen, choose: setChosen, required, disabled, invalid: field.invalid }}
        >
          <div className={choice.options({ orientation })}>{children}</div>
        </RadioGroupContext.Provider>
      </fieldset>
    </div>
  );
}

/**
 * Props of {@link RadioGroupItem}. `className` and `style` go to the option's outer element
 * (the `<label>` that is its hit area); other props go to the `<input type="radio">`.
 */
export interface RadioGroupItemProps
  extends FieldWrapperProps,
    Omit<
      ComponentPropsWithRef<'input'>,
      'type' | 'children' | 'value' | 'name' | 'checked' | 'defaultChecked' | 'required' | keyof FieldWrapperProps
    > {
  /** The value the group takes, and the form sends, when this choice is made. */
  value: string;
  /** The words of the choice. They and the circle together are the hit area. */
  label: ReactNode;
  /**
   * Extra words under the label.
   * @default undefined
   */
  hint?: ReactNode;
}

/** One choice in a {@link RadioGroup}. Chosen shows a dot inside the circle and heavier words. */
export function RadioGroupItem({ value, label, hint, id, disabled, onChange, className, style, ...props }: RadioGroupItemProps) {
  const field = useField({ id, hint });
  const group = useContext(RadioGroupContext);
  return (
    <ChoiceOption field={field} label={label} hint={hint} className={className} style={style}>
      <input
        {...props}
        type="radio"
        id={field.control.id}
        name={group?.name}
        value={value}
        checked={group ? group.value === value : undefined}
        onChange={(event) => {
          onChange?.(event);
          group?.choose(value);
        }}
        required={group?.required}
        disabled={disabled || group?.disabled}
        // Named by the words only; the hint under them is the description.
        aria-labelledby={field.labelId}
        aria-describedby={field.control['aria-describedby']}
        data-invalid={group?.invalid ? '' : undefined}
        className={choice.radio}
      />
    </ChoiceOption>
  );
}
