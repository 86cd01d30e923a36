'use client';
import { Slot, Slottable } from '@radix-ui/react-slot';
import { useEffect, useRef, type ComponentPropsWithRef, type MouseEvent, type ReactNode } from 'react';
import { announce } from '../internal/announce';
import { coreEn } from '../locale/core-messages';
import { useMessagesOr } from '../locale/context';
import * as styles from './Button.css';

/** The tones a button comes in. */
export const buttonTones = ['primary', 'secondary', 'danger'] as const;

/** Props of {@link Button}. */
export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  /**
   * How much the action stands out: `primary` for the main action of a view,
   * `secondary` for the others, `danger` for actions that lose data or money.
   * @default 'primary'
   */
  tone?: (typeof buttonTones)[number];
  /**
   * Stretches the button across its container.
   * @default false
   */
  fullWidth?: boolean;
  /**
   * Shows that the action is under way: the button keeps its width and its
   * name, ignores presses, and "Loading" is announced to screen readers.
   * @default false
   */
  loading?: boolean;
  /**
   * A decorative icon before the label. It is hidden from screen readers; the label names the button.
   * @default undefined
   */
  icon?: ReactNode;
  /**
   * Renders the child element (a link, say) with the button's look and behaviour.
   * @default false
   */
  asChild?: boolean;
}

/**
 * A button, at least 44 × 44 px (60 × 60 in elder mode), with its label always in words.
 */
export function Button({
  tone = 'primary',
  fullWidth = false,
  loading = false,
  icon,
  asChild = false,
  type,
  className,
  children,
  onClick,
  disabled,
  ...props
}: ButtonProps) {
  const messages = useMessagesOr(coreEn);
  const wasLoading = useRef(loading);

  useEffect(() => {
    if (loading && !wasLoading.current) announce(messages.loading);
    wasLoading.current = loading;
  }, [loading, messages.loading]);

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };

  const Component = asChild ? Slot : 'button';
  return (
    <Component
      {...props}
      type={asChild ? type : (type ?? 'button')}
      disabled={disabled}
      aria-disabled={loading || props['aria-disabled'] || undefined}
      data-loading={loading ? '' : undefined}
      className={[styles.button({ tone, fullWidth }), className].filter(Boolean).join(' ')}
      onClick={handleClick}
    >
      {icon ? (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <Slottable>{children}</Slottable>
      {loading ? <span className={styles.spinner} aria-hidden="true" data-eui-spinner="" /> : null}
    </Component>
  );
}
