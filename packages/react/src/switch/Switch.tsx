'use client';
import * as SwitchPrimitive from '@radix-ui/react-switch';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { clsx } from 'clsx';
import type { ComponentPropsWithRef, ReactNode } from 'react';
import { FieldHint, useField, type FieldWrapperProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import { useLocale } from '../locale';
import * as styles from './Switch.css';

/**
 * Props of {@link Switch}. `className` and `style` go to the outer box, as in every form
 * component; other props go to the Radix switch (a `<button role="switch">`).
 */
export interface SwitchProps
  extends FieldWrapperProps,
    Omit<ComponentPropsWithRef<typeof SwitchPrimitive.Root>, 'children' | 'asChild' | keyof FieldWrapperProps> {
  /** What the switch turns on and off. The label and the switch share one row, which is all hit area. */
  label: ReactNode;
  /**
   * Extra words under the label, such as what happens when it is on.
   * @default undefined
   */
  hint?: ReactNode;
  /**
   * The words for the on state shown inside the switch.
   * @default the locale's "On"
   */
  onLabel?: string;
  /**
   * The words for the off state shown inside the switch.
   * @default the locale's "Off"
   */
  offLabel?: string;
}

/**
 * A setting that takes effect at once, on or off. The state shows in words
 * inside the switch ("On" / "Off") as well as by fill and thumb position. For a
 * choice that is sent with a form, use a {@link Checkbox}.
 */
export function Switch({
  label,
  hint,
  onLabel,
  offLabel,
  id,
  checked,
  defaultChecked = false,
  onCheckedChange,
  className,
  style,
  'aria-describedby': more,
  ...props
}: SwitchProps) {
  const { messages } = useLocale();
  const field = useField({ id, hint, 'aria-describedby': more });
  const [on, setOn] = useControllableState({ prop: checked, defaultProp: defaultChecked, onChange: onCheckedChange, caller: 'Switch' });
  return (
    <div className={clsx(fieldStyles.field, className)} style={style} data-eui-field="">
      <label htmlFor={field.control.id} className={styles.row}>
        <span id={field.labelId} className={styles.label}>
          {label}
        </span>
        <SwitchPrimitive.Root
          {...props}
          id={field.control.id}
          checked={on}
          onCheckedChange={setOn}
          aria-labelledby={field.labelId}
          aria-describedby={field.control['aria-describedby']}
          className={styles.track}
        >
          <SwitchPrimitive.Thumb className={styles.thumb} />
          {/* Screen readers hear the state from aria-checked; the word is for the eyes. */}
          <span className={styles.stateWord} aria-hidden="true">
            {on ? (onLabel ?? messages.on) : (offLabel ?? messages.off)}
          </span>
        </SwitchPrimitive.Root>
      </label>
      {hint ? <FieldHint id={field.hintId}>{hint}</FieldHint> : null}
    </div>
  );
}
