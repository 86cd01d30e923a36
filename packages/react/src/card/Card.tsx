import { Slot } from '@radix-ui/react-slot';
import type { ComponentPropsWithRef } from 'react';
import * as styles from './Card.css';

/** Props of {@link Card}. */
export interface CardProps extends ComponentPropsWithRef<'div'> {
  /**
   * Renders the child element (a `<section>` or `<article>`, say) with the card's look.
   * @default false
   */
  asChild?: boolean;
}

/**
 * A framed group of related content: an account balance, a bill. Not a target
 * itself: put a {@link Button} or a link inside for the action.
 */
export function Card({ asChild = false, className, ...props }: CardProps) {
  const Component = asChild ? Slot : 'div';
  return <Component {...props} className={[styles.card, className].filter(Boolean).join(' ')} />;
}

/** Props of {@link CardTitle}. */
export interface CardTitleProps extends ComponentPropsWithRef<'h2'> {
  /**
   * Renders the child element (an `<h3>`, say) with the title's look, to fit the page's outline.
   * @default false
   */
  asChild?: boolean;
}

/** The card's heading (an `<h2>` unless `asChild`). */
export function CardTitle({ asChild = false, className, ...props }: CardTitleProps) {
  const Component = asChild ? Slot : 'h2';
  return <Component {...props} className={[styles.title, className].filter(Boolean).join(' ')} />;
}
