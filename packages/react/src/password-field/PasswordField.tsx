'use client';
import { EyeIcon, EyeOffIcon } from '@elder-ui/icons';
import { useState, type ComponentPropsWithRef } from 'react';
import { describedBy, Field, type FieldBaseProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import { announce } from '../internal/announce';
import { useLocale } from '../locale';
import * as styles from './PasswordField.css';

type NativeInput = Omit<ComponentPropsWithRef<'input'>, 'type' | 'required' | 'disabled' | 'onPaste' | 'width'>;

/** Props of {@link PasswordField}. Other props (`name`, `onChange`, …) go to the `<input>`. */
export interface PasswordFieldProps extends FieldBaseProps, NativeInput {
  /**
   * Tells password managers what to fill: `current-password` to sign in, `new-password` to sign up.
   * @default 'current-password'
   */
  autoComplete?: 'current-password' | 'new-password' | 'one-time-code' | 'off';
  /**
   * Shows the password at first (controlled with `onVisibleChange`).
   * @default undefined
   */
  visible?: boolean;
  /**
   * Whether the password shows at first (uncontrolled).
   * @default false
   */
  defaultVisible?: boolean;
  /**
   * Called when the user shows or hides the password.
   * @default undefined
   */
  onVisibleChange?: (visible: boolean) => void;
}

/**
 * A password input with a "Show password" / "Hide password" button in words (with
 * an eye icon); the new state is announced to screen readers. Paste and password
 * managers always work.
 */
export function PasswordField({
  label,
  hint,
  error,
  required,
  disabled,
  id,
  autoComplete = 'current-password',
  visible,
  defaultVisible = false,
  onVisibleChange,
  className,
  'aria-describedby': ariaDescribedBy,
  ...props
}: PasswordFieldProps) {
  const { messages } = useLocale();
  const [own, setOwn] = useState(defaultVisible);
  const shown = visible ?? own;

  const toggle = () => {
    const next = !shown;
    if (visible === undefined) setOwn(next);
    onVisibleChange?.(next);
    announce(next ? messages.passwordShown : messages.passwordHidden);
  };

  return (
    <Field label={label} hint={hint} error={error} required={required} disabled={disabled} id={id} className={className}>
      {(control) => (
        <div className={styles.row}>
          <input
            {...props}
            {...control}
            type={shown ? 'text' : 'password'}
            autoComplete={autoComplete}
            autoCapitalize="off"
            spellCheck={false}
            aria-describedby={describedBy(control['aria-describedby'], ariaDescribedBy)}
            className={[fieldStyles.control({ width: 'full' }), styles.input].join(' ')}
          />
          <button
            type="button"
            className={styles.toggle}
            aria-controls={control.id}
            disabled={disabled}
            onClick={toggle}
          >
            <span className={styles.icon} aria-hidden="true">
              {shown ? <EyeOffIcon /> : <EyeIcon />}
            </span>
            {/* The words say what pressing does; the new state is announced after each press. */}
            <span>{shown ? messages.hidePassword : messages.showPassword}</span>
          </button>
        </div>
      )}
    </Field>
  );
}
