'use client';
import { ChevronRightIcon } from '@elder-ui/icons';
import { rowTarget, targetAttribute } from '@elder-ui/tokens/contract';
import { clsx } from 'clsx/lite';
import type { ComponentPropsWithRef, ReactNode } from 'react';
import { ButtonOrLink } from '../internal/button-or-link';
import { Text } from '../text';
import * as styles from './ActionList.css';

/** Props of {@link ActionList}. */
export type ActionListProps = ComponentPropsWithRef<'ul'>;

/**
 * The big-entry list of an elder home screen: one {@link ListRow} per task,
 * each a single large target. Name it with `aria-label` when the page has more than one.
 */
export function ActionList({ className, ...props }: ActionListProps) {
  return <ul {...props} className={clsx(styles.list, className)} />;
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
export function ListRow({ title, description, icon, className, ...props }: ListRowProps) {
  const content = (
    <>
      {icon ? (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <span className={styles.text}>
        <span className={styles.title}>{title}</span>
        {description ? (
          <Text as="span" size="small" tone="muted">
            {description}
          </Text>
        ) : null}
      </span>
      <span className={styles.chevron} aria-hidden="true">
        <ChevronRightIcon />
      </span>
    </>
  );
  return (
    <li className={styles.item}>
      <ButtonOrLink
        {...props}
        // The elder rules hold a whole-row target to 60 px, as a primary action.
        {...{ [targetAttribute]: rowTarget }}
        className={clsx(styles.row, className)}
        contents={content}
      />
    </li>
  );
}
