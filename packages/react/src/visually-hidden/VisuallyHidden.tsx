import { Primitive } from '@radix-ui/react-primitive';
import type { ComponentPropsWithRef } from 'react';
import { visuallyHidden } from '../internal/visually-hidden.css';
import { withClassName } from '../internal/with-class-name';

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
export const VisuallyHidden = withClassName<VisuallyHiddenProps>(Primitive.span, visuallyHidden, 'VisuallyHidden');
