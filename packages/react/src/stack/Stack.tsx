import { Primitive } from '@radix-ui/react-primitive';
import type { RecipeVariants } from '@vanilla-extract/recipes';
import { clsx } from 'clsx/lite';
import type { ComponentPropsWithRef } from 'react';
import * as styles from './Stack.css';

export { stackGaps } from './Stack.css';

type StackVariants = NonNullable<RecipeVariants<typeof styles.stack>>;
type InlineVariants = NonNullable<RecipeVariants<typeof styles.inline>>;

/** Props of {@link Stack}. */
export interface StackProps extends ComponentPropsWithRef<'div'> {
  /**
   * The space between children, from the spacing tokens (they grow in elder mode).
   * `target` is the gap between adjacent targets.
   * @default 'md'
   */
  gap?: StackVariants['gap'];
  /**
   * How children line up across the stack.
   * @default 'stretch'
   */
  align?: StackVariants['align'];
  /**
   * Renders the child element (a `<form>`, `<ul>`, …) with the stack's layout.
   * @default false
   */
  asChild?: boolean;
}

/** Puts children one under another with a token gap. */
export function Stack({ gap = 'md', align = 'stretch', className, ...props }: StackProps) {
  return <Primitive.div {...props} className={clsx(styles.stack({ gap, align }), className)} />;
}

/** Props of {@link Inline}. */
export interface InlineProps extends ComponentPropsWithRef<'div'> {
  /**
   * The space between children. `target` keeps adjacent buttons 8 px apart (12 px in elder mode).
   * @default 'target'
   */
  gap?: InlineVariants['gap'];
  /**
   * How children line up in the row.
   * @default 'center'
   */
  align?: InlineVariants['align'];
  /**
   * How the row shares out spare space.
   * @default 'start'
   */
  justify?: InlineVariants['justify'];
  /**
   * In elder mode, puts the children one under another instead of side by side.
   * @default false
   */
  stackInElder?: InlineVariants['stackInElder'];
  /**
   * Renders the child element with the row's layout.
   * @default false
   */
  asChild?: boolean;
}

/** Puts children side by side with a token gap; they always wrap rather than overflow. */
export function Inline({ gap = 'target', align = 'center', justify = 'start', stackInElder = false, className, ...props }: InlineProps) {
  return <Primitive.div {...props} className={clsx(styles.inline({ gap, align, justify, stackInElder }), className)} />;
}
