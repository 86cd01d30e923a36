'use client';
import { Primitive } from '@radix-ui/react-primitive';
import { Slottable } from '@radix-ui/react-slot';
import type { ComponentPropsWithRef, ReactNode } from 'react';

/** Props of {@link ButtonOrLink}. */
export interface ButtonOrLinkProps extends ComponentPropsWithRef<'button'> {
  /** Makes the part a link to this address instead of a button. */
  href?: string | undefined;
  /** Renders the child element (a router's link) as the part, with `contents` inside it. */
  asChild?: boolean | undefined;
  /** What the part shows; with `asChild` it goes before the child's own contents. */
  contents: ReactNode;
}

/**
 * The pressable part of a composite (a grid tile, a tab bar destination): a `<button>` by default,
 * an `<a>` with `href`, or with `asChild` the caller's own element, such as a Next.js `Link`.
 */
export function ButtonOrLink({ href, asChild = false, contents, children, type, ...props }: ButtonOrLinkProps) {
  if (asChild || href !== undefined) {
    return (
      <Primitive.a {...(props as ComponentPropsWithRef<'a'>)} href={href} asChild={asChild}>
        {contents}
        {asChild ? <Slottable>{children}</Slottable> : null}
      </Primitive.a>
    );
  }
  return (
    <button {...props} type={type ?? 'button'}>
      {contents}
    </button>
  );
}
