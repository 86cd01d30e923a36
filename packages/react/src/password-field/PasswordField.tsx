'use client';
import { EyeIcon, EyeOffIcon } from '@elder-ui/icons';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { clsx } from 'clsx/lite';
import { Button } from '../button';
import { Field, splitFieldProps, type FieldBaseProps, type FieldNativeProps } from '../field/Field';
import * as fieldStyles from '../field/Field.css';
import { announce } from '../internal/announce';
import { useLocale } from '../locale';
import * as styles from './PasswordField.css';

/**
 * Props of {@link PasswordField}. `className` and `style` go to the outer box, as in every
 * form component; other props (`ref`, `name`, `onChange`, …) go to the `<input>`.
 */
export interface PasswordFieldProps extends FieldBaseProps, Omit<FieldNativeProps<'input'>, 'type' | 'width'> {
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
  autoComplete = 'current-password',
  visible,
  defaultVisible = false,
  onVisibleChange,
  ...props
}: PasswordFieldProps) {
  const { messages } = useLocale();
  const [shown, setShown] = useControllableState({
    prop: visible,
    defaultProp: defaultVisible,
    onChange: onVisibleChange,
    caller: 'PasswordField',
  });

  const toggle = () => {
    setShown(!shown);
    announce(shown ? messages.passwordHidden : messages.passwordShown);
  };

  const [field, input] = splitFieldProps(props);
  return (
    <Field {...field}>
      {(control) => (
        <div className={styles.row}>
          <input
            {...input}
            {...control}
            type={shown ? 'text' : 'password'}
            autoComplete={autoComplete}
            autoCapitalize="off"
            spellCheck={false}
            className={clsx(fieldStyles.control(), styles.input)}
          />
          {/* The words say what pressing does; the new state is announced after each press. */}
          <Button
            tone="secondary"
            icon={shown ? <EyeOffIcon /> : <EyeIcon />}
            className={styles.toggle}
            aria-controls={control.id}
            disabled={control.disabled}
            onClick={toggle}
          >
            {shown ? messages.hidePassword : messages.showPassword}
          </Button>
        </div>
      )}
    </Field>
  );
}
