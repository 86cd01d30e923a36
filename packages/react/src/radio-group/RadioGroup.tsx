'use client';
import * as RadioGroupPrimitive from '@radix-ui/react-radio-group';
import { createContext, useContext, type ComponentPropsWithRef, type ReactNode } from 'react';
import { ChoiceOption } from '../field/ChoiceOption';
import { Field, splitFieldProps, useField, type FieldBaseProps, type FieldWrapperProps } from '../field/Field';
import * as choice from '../field/choice.css';

const InvalidContext = createContext(false);

/**
 * Props of {@link RadioGroup}. `className` and `style` go to the outer box, as in every form
 * component; other props go to the Radix radio group root.
 */
export interface RadioGroupProps
  extends FieldBaseProps,
    Omit<ComponentPropsWithRef<typeof RadioGroupPrimitive.Root>, 'asChild' | 'orientation' | keyof FieldBaseProps> {
  /**
   * Stacks the choices, or puts them side by side (they wrap). The arrow keys move in both.
   * @default 'vertical'
   */
  orientation?: choice.Orientation;
  /** The {@link RadioGroupItem}s. */
  children?: ReactNode;
}

/**
 * One choice out of a few, all visible: the question as the label, the hint and
 * the error (icon and words) above the choices. Arrow keys move between them
 * (Radix Radio Group). For more than about seven choices use a {@link Select}.
 */
export function RadioGroup({ orientation = 'vertical', children, ...props }: RadioGroupProps) {
  const [field, root] = splitFieldProps(props);
  return (
    <Field {...field} labelElement="span">
      {(control) => (
        <RadioGroupPrimitive.Root {...root} {...control} orientation={orientation} className={choice.options({ orientation })}>
          <InvalidContext.Provider value={control['aria-invalid'] === true}>{children}</InvalidContext.Provider>
        </RadioGroupPrimitive.Root>
      )}
    </Field>
  );
}

/**
 * Props of {@link RadioGroupItem}. `className` and `style` go to the option's outer element
 * (the `<label>` that is its hit area); other props go to the Radix radio.
 */
export interface RadioGroupItemProps
  extends FieldWrapperProps,
    Omit<ComponentPropsWithRef<typeof RadioGroupPrimitive.Item>, 'children' | 'asChild' | keyof FieldWrapperProps> {
  /** The words of the choice. They and the circle together are the hit area. */
  label: ReactNode;
  /**
   * Extra words under the label.
   * @default undefined
   */
  hint?: ReactNode;
}

/** One choice in a {@link RadioGroup}. Chosen shows a dot inside the circle and heavier words. */
export function RadioGroupItem({ label, hint, id, className, style, ...props }: RadioGroupItemProps) {
  const field = useField({ id, hint });
  const invalid = useContext(InvalidContext);
  return (
    <ChoiceOption field={field} label={label} hint={hint} className={className} style={style}>
      <RadioGroupPrimitive.Item
        {...props}
        id={field.control.id}
        // Named by the words only; the hint under them is the description.
        aria-labelledby={field.labelId}
        aria-describedby={field.control['aria-describedby']}
        data-invalid={invalid ? '' : undefined}
        className={choice.radio}
      >
        <RadioGroupPrimitive.Indicator className={choice.radioIndicator} />
      </RadioGroupPrimitive.Item>
    </ChoiceOption>
  );
}
