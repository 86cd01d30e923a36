import { clsx } from 'clsx/lite';
import type { ComponentType } from 'react';

/**
 * A part that only gives a Radix part or a `Primitive` element the kit's look: it renders `Part`
 * with the kit's class ahead of the caller's `className`, and passes every other prop (`asChild`
 * and the ref among them) through as it is.
 */
export function withClassName<Props extends { className?: string | undefined }>(
  Part: ComponentType<Props>,
  kitClassName: string,
  displayName: string,
) {
  function Styled({ className, ...props }: Props) {
    return <Part {...(props as Props)} className={clsx(kitClassName, className)} />;
  }
  Styled.displayName = displayName;
  return Styled;
}
