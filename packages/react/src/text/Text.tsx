import { Primitive } from '@radix-ui/react-primitive';
import type { RecipeVariants } from '@vanilla-extract/recipes';
import { clsx } from 'clsx/lite';
import type { ComponentPropsWithRef } from 'react';
import * as styles from './Text.css';

export { textSizes, textTones } from './Text.css';

type Variants = NonNullable<RecipeVariants<typeof styles.text>>;

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
  size?: Variants['size'];
  /**
   * The colour. `danger` and `success` never carry meaning alone: say it in the words too.
   * @default 'default'
   */
  tone?: Variants['tone'];
  /**
   * The weight; never lighter than regular.
   * @default 'regular'
   */
  weight?: Variants['weight'];
  /**
   * Renders the child element instead, with the text's look.
   * @default false
   */
  asChild?: boolean;
}

/** Body text from the type tokens: 16 px (20 px in elder mode), line height ≥ 1.5 (1.6), wraps, never truncates. */
export function Text({ as = 'p', size = 'body', tone = 'default', weight = 'regular', className, ...props }: TextProps) {
  // One element type for the three: the ref's type is the paragraph's, as in TextProps.
  const Component = Primitive[as] as typeof Primitive.p;
  return <Component {...props} className={clsx(styles.text({ size, tone, weight }), className)} />;
}
