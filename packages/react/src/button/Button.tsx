'use client';
import { Slot, Slottable } from '@radix-ui/react-slot';
import type { RecipeVariants } from '@vanilla-extract/recipes';
import { clsx } from 'clsx/lite';
import { useEffect, useRef, type ComponentPropsWithRef, type MouseEvent, type ReactNode } from 'react';
import { announce } from '../internal/announce';
import { buttonEn } from '../locale/own-messages';
import { useMessagesOr } from '../locale/context';
import * as styles from './Button.css';

export { buttonTones } from './Button.css';

type Variants = NonNullable<RecipeVariants<typeof styles.button>>;

/** Props of {@link Button}. */
export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  /**
   * How much the action stands out: `primary` for the main action of a view,
   * `secondary` for the others, `danger` for actions that lose data or money.
   * A primary button is marked as a primary target, which the elder rules hold
   * to 60 × 60 px; a `data-eui-target` of your own replaces the mark.
   * @default 'primary'
   */
  tone?: Variants['tone'];
  /**
   * Stretches the button across its container.
   * @default false
   */
  fullWidth?: Variants['fullWidth'];
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
  ...props
}: ButtonProps) {
  const messages = useMessagesOr(buttonEn);
  const wasLoading = useRef(loading);

  useEffect(() => {
    if (loading && !wasLoading.current) announce(messages.loading);
    wasLoading.current = loading;
  }, [loading, messages.loading]);

  // Slot, not Primitive.button: Primitive's module builds a part for each of its 17 elements,
  // about 0.26 kB gzipped more for the same `asChild`, which the Button's 3 kB budget cannot take.
  const Component = asChild ? Slot : 'button';
  return (
    <Component
      {...(tone === 'primary' ? styles.primaryTargetMarker : undefined)}
      {...props}
      type={asChild ? type : (type ?? 'button')}
      aria-disabled={loading || props['aria-disabled'] || undefined}
      data-loading={loading ? '' : undefined}
      className={clsx(styles.button({ tone, fullWidth }), className)}
      // While loading a press does nothing, and a submit button does not submit.
      onClick={loading ? (event: MouseEvent) => event.preventDefault() : onClick}
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
