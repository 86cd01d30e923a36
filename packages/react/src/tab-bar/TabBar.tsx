'use client';
import { primaryTarget, targetAttribute } from '@elder-ui/tokens/contract';
import type { RecipeVariants } from '@vanilla-extract/recipes';
import { clsx } from 'clsx/lite';
import { Children, isValidElement, useCallback, useRef, type ComponentPropsWithRef, type ReactNode, type Ref } from 'react';
import { isBlank, warnOnce } from '../internal/dev';
import { useIsomorphicLayoutEffect } from '../internal/use-isomorphic-layout-effect';
import { useMessagesOr } from '../locale/context';
import { navigationEn } from '../locale/messages-navigation';
import { ButtonOrLink } from '../internal/button-or-link';
import * as styles from './TabBar.css';

type Variants = NonNullable<RecipeVariants<typeof styles.bar>>;

/** Props of {@link TabBar}. */
export interface TabBarProps extends ComponentPropsWithRef<'nav'> {
  /**
   * Where the bar sits. `fixed` holds it to the bottom of the screen and leaves a spacer of its
   * height where it is rendered, so the end of the page scrolls clear of it; `sticky` keeps it at
   * the bottom of its container as the page scrolls; `static` leaves it in the page's flow.
   * A fixed or sticky bar also keeps focused content above itself (WCAG 2.4.11).
   * @default 'fixed'
   */
  position?: Variants['position'];
  /**
   * The navigation's name for screen readers, which add "navigation" themselves.
   * @default the locale's "Main" (主要, Utama)
   */
  'aria-label'?: string;
}

/**
 * Bottom navigation between the two to five main places of an app, one {@link TabBarItem}
 * each, every one an icon with its word. At least 60 px tall in elder mode (48 px in standard),
 * clear of the phone's home indicator (`env(safe-area-inset-bottom)`), and it never hides the
 * focused element: while a fixed or sticky bar is mounted, its height is kept in
 * `--eui-tab-bar-height` on the root element, and the kit's CSS gives the root that much
 * `scroll-padding-bottom`. Render it once, last in the page.
 */
export function TabBar({ position = 'fixed', className, children, ref, ...props }: TabBarProps) {
  const messages = useMessagesOr(navigationEn);
  const bar = useRef<HTMLElement | null>(null);
  const count = Children.toArray(children).filter(isValidElement).length;
  if (process.env.NODE_ENV !== 'production' && (count < 2 || count > 5)) {
    warnOnce(
      `tab-bar-count-${count}`,
      `TabBar has ${count} item${count === 1 ? '' : 's'}; it takes 2 to 5. With one place, leave the bar out; with more than five, put the rest in a list on a page of their own.`,
    );
  }

  const ownRef = useCallback(
    (node: HTMLElement | null) => {
      bar.current = node;
      assignRef(ref, node);
    },
    [ref],
  );
  useIsomorphicLayoutEffect(() => {
    const node = bar.current;
    if (position === 'static' || !node) return;
    const root = document.documentElement;
    // Before the first paint, so the spacer and the scroll padding never start at zero; then on
    // every change of size (text size, mode, a word that wraps, a phone turned on its side).
    const measure = () => root.style.setProperty(styles.heightVariable, `${node.getBoundingClientRect().height}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => {
      observer.disconnect();
      root.style.removeProperty(styles.heightVariable);
    };
  }, [position]);

  return (
    <>
      <nav
        aria-label={props['aria-labelledby'] ? undefined : messages.tabBarLabel}
        {...props}
        ref={ownRef}
        className={clsx(styles.bar({ position }), className)}
      >
        <ul className={styles.list}>{children}</ul>
      </nav>
      {position === 'fixed' ? <div className={styles.spacer} aria-hidden="true" /> : null}
    </>
  );
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/** Props of {@link TabBarItem}. */
export interface TabBarItemProps extends ComponentPropsWithRef<'button'> {
  /** The place in a word ("Home", "首页"), always shown under the icon, in both modes. It names the item. */
  label: ReactNode;
  /** The icon above the word, such as `<HomeIcon />`; hidden from screen readers, since the word names the item. */
  icon: ReactNode;
  /**
   * Marks the place the user is on (`aria-current="page"`): bold words and a heavy bar, not colour alone.
   * @default false
   */
  current?: boolean;
  /**
   * Makes the item a link to this address.
   * @default undefined
   */
  href?: string;
  /**
   * Renders the child element (a router's link, such as Next.js `Link`) as the item; the icon
   * and word go inside it.
   * @default false
   */
  asChild?: boolean;
}

/**
 * One destination of a {@link TabBar}: icon and word, the whole item one target, at least
 * 60 px in elder mode. A link with `href` or `asChild`; a button otherwise.
 */
export function TabBarItem({ label, icon, current = false, className, ...props }: TabBarItemProps) {
  if (process.env.NODE_ENV !== 'production' && isBlank(label)) warnOnce('tab-bar-item-label', 'TabBarItem needs a `label`: the word under the icon names it, in both modes.');
  return (
    <li className={styles.listItem}>
      <ButtonOrLink
        {...{ [targetAttribute]: primaryTarget }}
        aria-current={current ? 'page' : undefined}
        {...props}
        className={clsx(styles.item, className)}
        contents={
          <>
            <span className={styles.icon} aria-hidden="true">
              {icon}
            </span>
            <span className={styles.label}>{label}</span>
          </>
        }
      />
    </li>
  );
}
