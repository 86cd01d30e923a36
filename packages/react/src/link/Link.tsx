'use client';
import { ShareIcon } from '@elder-ui/icons';
import { Primitive } from '@radix-ui/react-primitive';
import { Slottable } from '@radix-ui/react-slot';
import { clsx } from 'clsx/lite';
import type { ComponentPropsWithRef } from 'react';
import { useLocale } from '../locale';
import * as styles from './Link.css';

/** Props of {@link Link}. */
export interface LinkProps extends ComponentPropsWithRef<'a'> {
  /**
   * Marks a link that leaves the site: "(opens another website)" is said in words
   * after the link text, with an icon, and the link opens in the same tab.
   * @default false
   */
  external?: boolean;
  /**
   * Renders the child element (a router's link) with the link's look.
   * @default false
   */
  asChild?: boolean;
}

/** A link with a visible underline. Use it to go somewhere; use a Button to do something. */
export function Link({ external = false, className, children, rel, ...props }: LinkProps) {
  const { messages } = useLocale();
  return (
    <Primitive.a {...props} rel={external ? clsx(rel, 'noopener noreferrer') : rel} className={clsx(styles.link, className)}>
      <Slottable>{children}</Slottable>
      {external ? (
        <>
          {' '}
          <span>{messages.externalLink}</span>
          <span className={styles.external} aria-hidden="true">
            <ShareIcon />
          </span>
        </>
      ) : null}
    </Primitive.a>
  );
}
