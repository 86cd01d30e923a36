import { Slot } from '@radix-ui/react-slot';
import type { ComponentPropsWithRef } from 'react';
import * as styles from './Text.css';

/** The sizes of {@link Text}. `small` is the smallest text allowed anywhere (14 px, 18 px in elder mode). */
export const textSizes = ['body', 'small', 'large'] as const;
/** The tones of {@link Text}. */
export const textTones = ['default', 'muted', 'danger', 'success'] as const;

/** Props of {@link Text}. */
export interface TextProps extends ComponentPropsWithRef<'p'> {
  /**
   * The element: a paragraph, or a `span` inside other text.
   * @default 'p'
   */
  as?: 'p' | 'span' | 'div';
  /**
   * How large it is. Sizes come from the tokens and grow in elder mode.
   * @default 'body'
   */
  size?: (typeof textSizes)[number];
  /**
   * The colour. `danger` and `success` never carry meaning alone: say it in the words too.
   * @default 'default'
   */
  tone?: (typeof textTones)[number];
  /**
   * The weight; never lighter than regular.
   * @default 'regular'
   */
  weight?: 'regular' | 'medium' | 'bold';
  /**
   * Renders the child element instead, with the text's look.
   * @default false
   */
  asChild?: boolean;
}

/** Body text from the type tokens: 16 px (20 px in elder mode), line height ≥ 1.5 (1.6), wraps, never truncates. */
export function Text({
  as = 'p',
  size = 'body',
  tone = 'default',
  weight = 'regular',
  asChild = false,
  className,
  ...props
}: TextProps) {
  const Component = asChild ? Slot : as;
  return <Component {...props} className={[styles.text({ size, tone, weight }), className].filter(Boolean).join(' ')} />;
}
