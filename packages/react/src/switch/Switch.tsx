'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { clsx } from 'clsx/lite';
import { useImperativeHandle, useRef, type ComponentPropsWithRef, type ReactNode } from 'react';
import { useFormReset } from '../field/ChoiceOption';
import { FieldHint, useField, type FieldWrapperProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import { useMessagesOr } from '../locale/context';
import { switchEn } from '../locale/own-messages';
import * as styles from './Switch.css';

/**
 * Props of {@link Switch}. `className` and `style` go to the outer box, as in every form
 * component; other props (`ref`, `name`, `value`, `form`, event handlers, …) go to the
 * `<input type="checkbox" role="switch">`.
 */
export interface SwitchProps
  extends FieldWrapperProps,
    Omit<ComponentPropsWithRef<'input'>, 'type' | 'role' | 'children' | 'checked' | 'defaultChecked' | keyof FieldWrapperProps> {
  /** What the switch turns on and off. The label and the switch share one row, which is all hit area. */
  label: ReactNode;
  /**
   * Extra words under the label, such as what happens when it is on.
   * @default undefined
   */
  hint?: ReactNode;
  /**
   * On or off (controlled).
   * @default undefined
   */
  checked?: boolean;
  /**
   * On or off at first (uncontrolled). A form reset brings it back.
   * @default false
   */
  defaultChecked?: boolean;
  /**
   * Called with the new state when the user turns the switch, or a form reset changes it.
   * @default undefined
   */
  onCheckedChange?: (checked: boolean) => void;
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
 * A setting that takes effect at once, on or off: a native checkbox with the switch role,
 * drawn by the kit. The state shows in words inside the switch ("On" / "Off") as well as
 * by fill and thumb position. Space turns it, and so does Enter. For a choice that is sent
 * with a form, use a {@link Checkbox}.
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
  onChange,
  onKeyDown,
  className,
  style,
  ref,
  'aria-describedby': more,
  ...props
}: SwitchProps) {
  const messages = useMessagesOr(switchEn);
  const field = useField({ id, hint, 'aria-describedby': more });
  const [on, setOn] = useControllableState({ prop: checked, defaultProp: defaultChecked, onChange: onCheckedChange, caller: 'Switch' });
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => input.current!, []);
  useFormReset(input, on, setOn);
  return (
    <div className={clsx(fieldStyles.field, className)} style={style} data-eui-field="">
      <label htmlFor={field.control.id} className={styles.row}>
        <span id={field.labelId} className={styles.label}>
          {label}
        </span>
        <span className={styles.track}>
          <input
            {...props}
            ref={input}
            type="checkbox"
            role="switch"
            id={field.control.id}
            checked={on}
            onChange={(event) => {
              onChange?.(event);
              setOn(event.currentTarget.checked);
            }}
            onKeyDown={(event) => {
              onKeyDown?.(event);
              // The switch pattern turns on Enter as well as Space; a checkbox would send its form instead.
              if (event.key === 'Enter' && !event.defaultPrevented) {
                event.preventDefault();
                event.currentTarget.click();
              }
            }}
            aria-labelledby={field.labelId}
            aria-describedby={field.control['aria-describedby']}
            className={styles.input}
          />
          <span className={styles.thumb} />
          {/* Screen readers hear the state from the switch itself; the word is for the eyes. */}
          <span className={styles.stateWord} aria-hidden="true">
            {on ? (onLabel ?? messages.on) : (offLabel ?? messages.off)}
          </span>
        </span>
      </label>
      {hint ? <FieldHint id={field.hintId}>{hint}</FieldHint> : null}
    </div>
  );
}
