'use client';
import { clsx } from 'clsx/lite';
import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { useLocale } from '../locale';
import * as styles from './SkipLink.css';

/** Props of {@link SkipLink}. */
export interface SkipLinkProps extends ComponentPropsWithRef<'a'> {
  /**
   * Where it goes: the id of the main content, with `#`.
   * @default '#main'
   */
  href?: string;
}

/**
 * The first thing on the page for keyboard users: "Skip to main content". It
 * shows only when focused, and moves focus (not just the scroll position) to the target.
 */
export function SkipLink({ href = '#main', className, children, onClick, ...props }: SkipLinkProps) {
  const { messages } = useLocale();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !href.startsWith('#')) return;
    const target = document.getElementById(decodeURIComponent(href.slice(1)));
    if (!target) return;
    event.preventDefault();
    // A plain element is not focusable: make it so for this move only.
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView?.();
  };
  return (
    <a {...props} href={href} onClick={handleClick} className={clsx(styles.link, className)}>
      {children ?? messages.skipToContent}
    </a>
  );
}
