'use client';
import { Primitive } from '@radix-ui/react-primitive';
import { Slottable } from '@radix-ui/react-slot';
import { clsx } from 'clsx/lite';
import { createContext, useContext, type ComponentPropsWithRef, type ReactNode } from 'react';
import { errorOnce, isBlank } from '../internal/dev';
import { visuallyHidden } from '../internal/visually-hidden.css';
import { link } from '../link/Link.css';
import { useLocale } from '../locale';
import * as styles from './SummaryList.css';

/** The key of the row an action sits in, so the action can name what it changes. */
const TermContext = createContext<ReactNode>(null);

/** Props of {@link SummaryList}. */
export type SummaryListProps = ComponentPropsWithRef<'dl'>;

/**
 * "Check your answers": the facts a person gave, each with a way back to change it, shown
 * once more before they confirm (WCAG 3.3.4). A description list, so screen readers hear
 * each key with its value.
 *
 * @example
 * <SummaryList>
 *   <SummaryListRow term="Payee" action={<SummaryListAction href="#payee" />}>Li Na</SummaryListRow>
 * </SummaryList>
 */
export function SummaryList({ className, ...props }: SummaryListProps) {
  return <dl {...props} className={clsx(styles.list, className)} />;
}

/** Props of {@link SummaryListRow}. */
export interface SummaryListRowProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** What was asked, such as "Payee". It also finishes the change action's accessible name. */
  term: ReactNode;
  /** The answer, as the person will recognise it. */
  children: ReactNode;
  /**
   * A way back to change this answer: a {@link SummaryListAction}.
   * @default undefined
   */
  action?: ReactNode;
}

/** One question and its answer, with an optional action to change it. */
export function SummaryListRow({ term, children, action, className, ...props }: SummaryListRowProps) {
  if (isBlank(term)) errorOnce('summary-list-term', 'A <SummaryListRow> needs a `term`: it says what the answer is.');
  return (
    <div {...props} className={clsx(styles.row, className)}>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{children}</dd>
      {action ? (
        <dd className={styles.actions}>
          <TermContext.Provider value={term}>{action}</TermContext.Provider>
        </dd>
      ) : null}
    </div>
  );
}

/** Props of {@link SummaryListAction}. */
export interface SummaryListActionProps extends ComponentPropsWithRef<'a'> {
  /**
   * The visible words. The row's key follows them for screen readers, so five "Change" links
   * are heard as "Change payee", "Change amount", …
   * @default the locale's "Change"
   */
  children?: ReactNode;
  /**
   * Renders the child element (a router's link) with the action's look; the row's key is
   * added after the child's own words.
   * @default false
   */
  asChild?: boolean;
}

/** The link back to the question of its {@link SummaryListRow}, named after the row's key. */
export function SummaryListAction({ asChild = false, children, className, ...props }: SummaryListActionProps) {
  const term = useContext(TermContext);
  const { messages } = useLocale();
  return (
    <Primitive.a {...props} asChild={asChild} className={clsx(link, styles.action, className)}>
      <Slottable>{asChild ? children : (children ?? messages.summaryChange)}</Slottable>
      {isBlank(term) ? null : (
        <>
          {' '}
          <span className={visuallyHidden}>{term}</span>
        </>
      )}
    </Primitive.a>
  );
}
