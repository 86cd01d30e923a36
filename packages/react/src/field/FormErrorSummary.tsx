'use client';
import { ErrorIcon } from '@elder-ui/icons';
import { clsx } from 'clsx';
import { useEffect, useId, useRef, type ComponentPropsWithoutRef, type MouseEvent, type ReactNode } from 'react';
import { useLocale } from '../locale';
import * as styles from './Field.css';

/** One error of a {@link FormErrorSummary}. */
export interface FormError {
  /** The id of the control the error belongs to; the summary links to it. */
  id: string;
  /** The error, in the same words as next to the field. */
  message: ReactNode;
}

/** Props of {@link FormErrorSummary}. */
export interface FormErrorSummaryProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'title'> {
  /**
   * The errors, in the order of the fields. With none the summary renders nothing.
   */
  errors: readonly FormError[];
  /**
   * The heading.
   * @default the locale's "Please fix these problems"
   */
  title?: ReactNode;
  /**
   * The heading level, to fit the page outline.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4;
  /**
   * Count the failed submits here: each time it grows and there are errors, the
   * summary takes focus, so keyboard and screen reader users land on it.
   * @default 0
   */
  submitCount?: number;
}

const focusable = 'input:not([type="hidden"]), textarea, select, button, a[href], [tabindex]:not([tabindex="-1"])';

/** Focuses a field by id: the element itself, or (for a group) its chosen or first control. */
export function focusField(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const control = target.matches(focusable)
    ? target
    : (target.querySelector<HTMLElement>('[role="radio"][aria-checked="true"]:not(:disabled)') ??
      target.querySelector<HTMLElement>(`:is(${focusable}):not(:disabled)`));
  if (!control) return false;
  control.focus();
  // Show the label and hint above the control, not just the control at the top edge.
  (target.closest('[data-eui-field]') ?? target).scrollIntoView?.({ block: 'center' });
  return true;
}

/**
 * The list of a form's errors at its top, each a link that moves focus to its
 * field. It takes focus after a failed submit (see `submitCount`).
 */
export function FormErrorSummary({
  errors,
  title,
  headingLevel = 2,
  submitCount = 0,
  className,
  ...props
}: FormErrorSummaryProps) {
  const { messages } = useLocale();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (submitCount > 0 && hasErrors) ref.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new submit moves focus; fixing an error as you type must not
  }, [submitCount]);

  if (!hasErrors) return null;

  const Heading = `h${headingLevel}` as const;
  const onClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (focusField(id)) event.preventDefault();
  };

  return (
    <div
      {...props}
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-labelledby={titleId}
      className={clsx(styles.summary, className)}
      data-eui-error-summary=""
    >
      <Heading id={titleId} className={styles.summaryTitle}>
        <span className={styles.errorIcon} aria-hidden="true">
          <ErrorIcon />
        </span>
        <span>{title ?? messages.errorSummaryTitle}</span>
      </Heading>
      <ul className={styles.summaryList}>
        {errors.map((error) => (
          <li key={error.id}>
            <a href={`#${error.id}`} className={styles.summaryLink} onClick={(event) => onClick(event, error.id)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
