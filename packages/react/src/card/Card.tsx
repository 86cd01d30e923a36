import { Primitive } from '@radix-ui/react-primitive';
import type { ComponentPropsWithRef } from 'react';
import { Heading } from '../heading';
import { withClassName } from '../internal/with-class-name';
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
export const Card = withClassName<CardProps>(Primitive.div, styles.card, 'Card');

/** Props of {@link CardTitle}. */
export interface CardTitleProps extends ComponentPropsWithRef<'h2'> {
  /**
   * Renders the child element (an `<h3>`, say) with the title's look, to fit the page's outline.
   * @default false
   */
  asChild?: boolean;
}

/** The card's heading: a title-sized {@link Heading}, an `<h2>` unless `asChild`. */
export function CardTitle(props: CardTitleProps) {
  return <Heading level={2} size="title" {...props} />;
}
