'use client';
import { ChevronDownIcon } from '@elder-ui/icons';
import * as RadixAccordion from '@radix-ui/react-accordion';
import { clsx } from 'clsx/lite';
import type { ComponentPropsWithRef } from 'react';
import { withClassName } from '../internal/with-class-name';
import * as styles from './Accordion.css';

/**
 * Props of {@link Accordion}: Radix's `type` (`single` or `multiple`, required), `value`,
 * `defaultValue`, `onValueChange` and, for `single`, `collapsible`.
 */
export type AccordionProps = ComponentPropsWithRef<typeof RadixAccordion.Root>;

/**
 * Sections that open and close under their headings, such as a list of
 * questions. Each heading is a full-width target; the state shows as a
 * turning chevron and bold text, and is announced as expanded or collapsed.
 */
export const Accordion = withClassName<AccordionProps>(RadixAccordion.Root, styles.root, 'Accordion');

/** Props of {@link AccordionItem}: `value` (required) and `disabled`. */
export type AccordionItemProps = ComponentPropsWithRef<typeof RadixAccordion.Item>;

/** One section. */
export const AccordionItem = withClassName<AccordionItemProps>(RadixAccordion.Item, styles.item, 'AccordionItem');

/** Props of {@link AccordionTrigger}. */
export interface AccordionTriggerProps extends ComponentPropsWithRef<typeof RadixAccordion.Trigger> {
  /**
   * The level of the heading that holds the trigger, to fit the page's outline.
   * @default 3
   */
  level?: 2 | 3 | 4 | 5 | 6;
}

/** The heading of a section, as a button that opens and closes it. */
export function AccordionTrigger({ level = 3, className, children, ...props }: AccordionTriggerProps) {
  const Heading = `h${level}` as const;
  return (
    // Radix's header is an h3; asChild gives it the level that fits the page.
    <RadixAccordion.Header asChild>
      <Heading className={styles.header}>
        <RadixAccordion.Trigger {...props} className={clsx(styles.trigger, className)}>
          <span>{children}</span>
          <span className={styles.chevron} aria-hidden="true">
            <ChevronDownIcon />
          </span>
        </RadixAccordion.Trigger>
      </Heading>
    </RadixAccordion.Header>
  );
}

/** Props of {@link AccordionContent}. */
export type AccordionContentProps = ComponentPropsWithRef<typeof RadixAccordion.Content>;

/** What a section shows when open. */
export const AccordionContent = withClassName<AccordionContentProps>(RadixAccordion.Content, styles.content, 'AccordionContent');
