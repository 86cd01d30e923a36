'use client';
import { ChevronRightIcon } from '@elder-ui/icons';
import { Slot, Slottable } from '@radix-ui/react-slot';
import type { ComponentPropsWithRef, ReactNode } from 'react';
import * as styles from './ActionList.css';

/** Props of {@link ActionList}. */
export type ActionListProps = ComponentPropsWithRef<'ul'>;

/**
 * The big-entry list of an elder home screen: one {@link ListRow} per task,
 * each a single large target. Name it with `aria-label` when the page has more than one.
 */
export function ActionList({ className, ...props }: ActionListProps) {
  return <ul {...props} className={[styles.list, className].filter(Boolean).join(' ')} />;
}

/** Props of {@link ListRow}. */
export interface ListRowProps extends Omit<ComponentPropsWithRef<'button'>, 'title'> {
  /** What the row does, in a few words: "Pay bills". It names the row. */
  title: ReactNode;
  /**
   * One short line under the title: "Water, power, phone".
   * @default undefined
   */
  description?: ReactNode;
  /**
   * A decorative icon before the words; hidden from screen readers.
   * @default undefined
   */
  icon?: ReactNode;
  /**
   * Makes the row a link to this address instead of a button.
   * @default undefined
   */
  href?: string;
  /**
   * Renders the child element (a router link, say) as the row; the title,
   * description, icon and chevron go inside it.
   * @default false
   */
  asChild?: boolean;
}

/**
 * One row of an {@link ActionList}: icon, title, description and a chevron,
 * the whole row one target at least 60 px high.
 */
export function ListRow({ title, description, icon, href, asChild = false, className, children, type, ...props }: ListRowProps) {
  const content = (
    <>
      {icon ? (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <span className={styles.text}>
        <span className={styles.title}>{title}</span>
        {description ? <span className={styles.description}>{description}</span> : null}
      </span>
      <span className={styles.chevron} aria-hidden="true">
        <ChevronRightIcon />
      </span>
    </>
  );
  const shared = {
    className: [styles.row, className].filter(Boolean).join(' '),
    'data-eui-target': 'row',
  };
  let row: ReactNode;
  if (asChild) {
    row = (
      <Slot {...(props as ComponentPropsWithRef<'a'>)} {...shared}>
        {content}
        <Slottable>{children}</Slottable>
      </Slot>
    );
  } else if (href !== undefined) {
    row = (
      <a {...(props as ComponentPropsWithRef<'a'>)} {...shared} href={href}>
        {content}
      </a>
    );
  } else {
    row = (
      <button {...props} {...shared} type={type ?? 'button'}>
        {content}
      </button>
    );
  }
  return <li className={styles.item}>{row}</li>;
}
