'use client';
import { clsx } from 'clsx/lite';
import type { ComponentPropsWithRef, ReactNode } from 'react';
import { warnOnce } from '../internal/dev';
import * as styles from './IconButton.css';
import type { IconButtonLabelPlacement, IconButtonTone } from './IconButton.css';

export { iconButtonTones } from './IconButton.css';

/** Props of {@link IconButton}. */
export interface IconButtonProps extends Omit<ComponentPropsWithRef<'button'>, 'children' | 'aria-label' | 'aria-labelledby'> {
  /**
   * What the button does, in words. Required: it is the accessible name in every
   * mode, and in elder mode it shows as visible text next to the icon.
   */
  label: string;
  /** The icon. It is hidden from screen readers; the label names the button. */
  icon: ReactNode;
  /**
   * How much it stands out.
   * @default 'secondary'
   */
  tone?: IconButtonTone;
  /**
   * Where the label shows in elder mode: beside the icon, or under it (for toolbars).
   * @default 'beside'
   */
  labelPlacement?: IconButtonLabelPlacement;
}

/**
 * A button drawn as an icon: at least 44 × 44 px (48 × 48 in elder mode). In
 * elder mode its label shows as words beside or under the icon; in standard mode
 * the same words are its accessible name, so screen readers hear the same thing
 * in both modes. Marked as a primary target (`data-eui-target="primary"`, as a
 * dialog's close button is), it is at least 60 × 60 px in elder mode.
 */
export function IconButton({
  label,
  icon,
  tone = 'secondary',
  labelPlacement = 'beside',
  type = 'button',
  className,
  title,
  ...props
}: IconButtonProps) {
  if (process.env.NODE_ENV !== 'production' && !label?.trim()) {
    warnOnce('icon-button-label', 'IconButton needs a `label`: it names the button and shows as words in elder mode.');
  }
  return (
    <button
      {...props}
      type={type}
      // A tooltip with the same words helps mouse users in standard mode, where the label is hidden.
      title={title ?? label}
      className={clsx(styles.iconButton({ tone, labelPlacement }), className)}
    >
      <span className={styles.icon} aria-hidden="true">
        {icon}
      </span>
      <span className={styles.label}>{label}</span>
    </button>
  );
}
