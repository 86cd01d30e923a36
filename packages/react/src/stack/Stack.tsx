import { Slot } from '@radix-ui/react-slot';
import type { ComponentPropsWithRef } from 'react';
import * as styles from './Stack.css';

/** The gaps a {@link Stack} or {@link Inline} comes in, from the spacing tokens. */
export const stackGaps = ['xs', 'sm', 'md', 'lg', 'xl', 'xxl', 'target'] as const;

type Gap = (typeof stackGaps)[number];
type Align = 'start' | 'center' | 'end' | 'stretch';

/** Props of {@link Stack}. */
export interface StackProps extends ComponentPropsWithRef<'div'> {
  /**
   * The space between children, from the spacing tokens (they grow in elder mode).
   * `target` is the gap between adjacent targets.
   * @default 'md'
   */
  gap?: Gap;
  /**
   * How children line up across the stack.
   * @default 'stretch'
   */
  align?: Align;
  /**
   * Renders the child element (a `<form>`, `<ul>`, …) with the stack's layout.
   * @default false
   */
  asChild?: boolean;
}

/** Puts children one under another with a token gap. */
export function Stack({ gap = 'md', align = 'stretch', asChild = false, className, ...props }: StackProps) {
  const Component = asChild ? Slot : 'div';
  return <Component {...props} className={[styles.stack({ gap, align }), className].filter(Boolean).join(' ')} />;
}

/** Props of {@link Inline}. */
export interface InlineProps extends ComponentPropsWithRef<'div'> {
  /**
   * The space between children. `target` keeps adjacent buttons 8 px apart (12 px in elder mode).
   * @default 'target'
   */
  gap?: Gap;
  /**
   * How children line up in the row.
   * @default 'center'
   */
  align?: Align;
  /**
   * How the row shares out spare space.
   * @default 'start'
   */
  justify?: 'start' | 'center' | 'end' | 'between';
  /**
   * In elder mode, puts the children one under another instead of side by side.
   * @default false
   */
  stackInElder?: boolean;
  /**
   * Renders the child element with the row's layout.
   * @default false
   */
  asChild?: boolean;
}

/** Puts children side by side with a token gap; they always wrap rather than overflow. */
export function Inline({
  gap = 'target',
  align = 'center',
  justify = 'start',
  stackInElder = false,
  asChild = false,
  className,
  ...props
}: InlineProps) {
  const Component = asChild ? Slot : 'div';
  return (
    <Component
      {...props}
      className={[styles.inline({ gap, align, justify, stackInElder }), className].filter(Boolean).join(' ')}
    />
  );
}
