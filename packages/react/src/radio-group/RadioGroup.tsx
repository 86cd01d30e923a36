'use client';
import * as RadioGroupPrimitive from '@radix-ui/react-radio-group';
import { createContext, useContext, useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { describedBy, FieldError, FieldHint, RequiredMark, useFieldIds, type FieldBaseProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import * as choice from '../field/choice.css';

const InvalidContext = createContext(false);

/** Props of {@link RadioGroup}. Other props go to the Radix radio group root. */
export interface RadioGroupProps
  extends FieldBaseProps,
    Omit<ComponentPropsWithRef<typeof RadioGroupPrimitive.Root>, 'asChild' | 'required' | 'disabled' | 'orientation'> {
  /**
   * Stacks the choices, or puts them side by side (they wrap). The arrow keys move in both.
   * @default 'vertical'
   */
  orientation?: 'vertical' | 'horizontal';
  /** The {@link RadioGroupItem}s. */
  children?: ReactNode;
}

/**
 * One choice out of a few, all visible: the question as the label, the hint and
 * the error (icon and words) above the choices. Arrow keys move between them
 * (Radix Radio Group). For more than about seven choices use a {@link Select}.
 */
export function RadioGroup({
  label,
  hint,
  error,
  required = false,
  disabled = false,
  orientation = 'vertical',
  id,
  className,
  children,
  'aria-describedby': ariaDescribedBy,
  ...props
}: RadioGroupProps) {
  const ids = useFieldIds({ hint, error });
  return (
    <div
      className={[choice.group, className].filter(Boolean).join(' ')}
      data-eui-field=""
      data-invalid={ids.invalid ? '' : undefined}
    >
      <span id={ids.labelId} className={fieldStyles.label}>
        {label}
        {required ? <RequiredMark /> : null}
      </span>
      {hint ? <FieldHint id={ids.hintId}>{hint}</FieldHint> : null}
      {error ? <FieldError id={ids.errorId}>{error}</FieldError> : null}
      <RadioGroupPrimitive.Root
        {...props}
        id={id}
        orientation={orientation}
        disabled={disabled}
        aria-labelledby={ids.labelId}
        aria-describedby={describedBy(ids.hintId, ids.errorId, ariaDescribedBy)}
        aria-invalid={ids.invalid || undefined}
        aria-required={required || undefined}
        className={choice.options({ orientation })}
      >
        <InvalidContext.Provider value={ids.invalid}>{children}</InvalidContext.Provider>
      </RadioGroupPrimitive.Root>
    </div>
  );
}

/** Props of {@link RadioGroupItem}. */
export interface RadioGroupItemProps
  extends Omit<ComponentPropsWithRef<typeof RadioGroupPrimitive.Item>, 'children' | 'asChild'> {
  /** The words of the choice. They and the circle together are the hit area. */
  label: ReactNode;
  /**
   * Extra words under the label.
   * @default undefined
   */
  hint?: ReactNode;
}

/** One choice in a {@link RadioGroup}. Chosen shows a dot inside the circle and heavier words. */
export function RadioGroupItem({ label, hint, id, className, ...props }: RadioGroupItemProps) {
  const generated = useId();
  const itemId = id ?? `${generated}-radio`;
  const labelId = `${generated}-label`;
  const hintId = hint ? `${generated}-hint` : undefined;
  const invalid = useContext(InvalidContext);
  return (
    <label htmlFor={itemId} className={[choice.option, className].filter(Boolean).join(' ')}>
      <RadioGroupPrimitive.Item
        {...props}
        id={itemId}
        // Named by the words only; the hint under them is the description.
        aria-labelledby={labelId}
        aria-describedby={hintId}
        data-invalid={invalid ? '' : undefined}
        className={choice.radio}
      >
        <RadioGroupPrimitive.Indicator className={choice.radioIndicator} />
      </RadioGroupPrimitive.Item>
      <span className={choice.optionText}>
        <span id={labelId}>{label}</span>
        {hint ? (
          <span id={hintId} className={choice.optionHint}>
            {hint}
          </span>
        ) : null}
      </span>
    </label>
  );
}
