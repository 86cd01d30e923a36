'use client';
import * as SwitchPrimitive from '@radix-ui/react-switch';
import { useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import { describedBy, FieldHint, useFieldIds } from '../field/Field';
import { useLocale } from '../locale';
import * as styles from './Switch.css';

/** Props of {@link Switch}. Other props go to the Radix switch (a `<button role="switch">`). */
export interface SwitchProps extends Omit<ComponentPropsWithRef<typeof SwitchPrimitive.Root>, 'children' | 'asChild'> {
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
  'aria-describedby': ariaDescribedBy,
  ...props
}: SwitchProps) {
  const { messages } = useLocale();
  const ids = useFieldIds({ id, hint });
  const [own, setOwn] = useState(defaultChecked);
  const on = checked ?? own;
  return (
    <div className={[styles.root, className].filter(Boolean).join(' ')} data-eui-field="">
      <label htmlFor={ids.controlId} className={styles.row}>
        <span id={ids.labelId} className={styles.label}>
          {label}
        </span>
        <SwitchPrimitive.Root
          {...props}
          id={ids.controlId}
          checked={on}
          onCheckedChange={(next) => {
            if (checked === undefined) setOwn(next);
            onCheckedChange?.(next);
          }}
          aria-labelledby={ids.labelId}
          aria-describedby={describedBy(ids.hintId, ariaDescribedBy)}
          className={styles.track}
        >
          <SwitchPrimitive.Thumb className={styles.thumb} />
          {/* Screen readers hear the state from aria-checked; the word is for the eyes. */}
          <span className={styles.stateWord} aria-hidden="true">
            {on ? (onLabel ?? messages.on) : (offLabel ?? messages.off)}
          </span>
        </SwitchPrimitive.Root>
      </label>
      {hint ? <FieldHint id={ids.hintId}>{hint}</FieldHint> : null}
    </div>
  );
}
