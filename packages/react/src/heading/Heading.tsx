import { Slot } from '@radix-ui/react-slot';
import type { RecipeVariants } from '@vanilla-extract/recipes';
import { clsx } from 'clsx/lite';
import type { ComponentPropsWithRef } from 'react';
import * as styles from './Heading.css';

export { headingSizes } from './Heading.css';

type Variants = NonNullable<RecipeVariants<typeof styles.heading>>;

/** Props of {@link Heading}. */
export interface HeadingProps extends ComponentPropsWithRef<'h2'> {
  /**
   * The level in the page outline (`<h1>` … `<h6>`). Choose it by structure, not by looks.
   */
  level: 1 | 2 | 3 | 4 | 5 | 6;
  /**
   * How large it looks, separate from the level. `display` is the page's largest
   * heading (32 px in both modes, above the 30 px MIIT floor for main functions in elder mode).
   * @default 'heading'
   */
  size?: Variants['size'];
  /**
   * Renders the child element instead, with the heading's look.
   * @default false
   */
  asChild?: boolean;
}

/** A heading whose semantic level and visual size are set separately. Long headings wrap. */
export function Heading({ level, size = 'heading', asChild = false, className, ...props }: HeadingProps) {
  // Slot, not Primitive: Primitive has elements for h2 and h3 only, and a heading may be any level.
  const Component = asChild ? Slot : (`h${level}` as const);
  return <Component {...props} className={clsx(styles.heading({ size }), className)} />;
}
