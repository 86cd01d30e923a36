import { Slot } from '@radix-ui/react-slot';
import type { ComponentPropsWithRef } from 'react';
import { visuallyHidden } from '../internal/visually-hidden.css';

/** Props of {@link VisuallyHidden}. */
export interface VisuallyHiddenProps extends ComponentPropsWithRef<'span'> {
  /**
   * Renders the child element instead of a `<span>`, hidden the same way.
   * @default false
   */
  asChild?: boolean;
}

/**
 * Words for screen readers only, such as "(opens another website)" after a link
 * or a heading the design leaves out. Never use it to hide a control's label in
 * elder mode: there, words are shown.
 */
export function VisuallyHidden({ asChild = false, className, ...props }: VisuallyHiddenProps) {
  const Component = asChild ? Slot : 'span';
  return <Component {...props} className={[visuallyHidden, className].filter(Boolean).join(' ')} />;
}
