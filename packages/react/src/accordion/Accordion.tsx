'use client';
import { ChevronDownIcon } from '@elder-ui/icons';
import * as RadixAccordion from '@radix-ui/react-accordion';
import type { ComponentPropsWithRef, ReactNode } from 'react';
import * as styles from './Accordion.css';

const join = (...names: (string | undefined)[]) => names.filter(Boolean).join(' ');

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
export function Accordion({ className, ...props }: AccordionProps) {
  return <RadixAccordion.Root {...props} className={join(styles.root, className)} />;
}

/** Props of {@link AccordionItem}: `value` (required) and `disabled`. */
export type AccordionItemProps = ComponentPropsWithRef<typeof RadixAccordion.Item>;

/** One section. */
export function AccordionItem({ className, ...props }: AccordionItemProps) {
  return <RadixAccordion.Item {...props} className={join(styles.item, className)} />;
}

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
  return (
    <HeaderAs level={level}>
      <RadixAccordion.Trigger {...props} className={join(styles.trigger, className)}>
        <span>{children}</span>
        <span className={styles.chevron} aria-hidden="true">
          <ChevronDownIcon />
        </span>
      </RadixAccordion.Trigger>
    </HeaderAs>
  );
}

function HeaderAs({ level, children }: { level: 2 | 3 | 4 | 5 | 6; children: ReactNode }) {
  const Heading = `h${level}` as const;
  return (
    <RadixAccordion.Header asChild>
      <Heading className={styles.header}>{children}</Heading>
    </RadixAccordion.Header>
  );
}

/** Props of {@link AccordionContent}. */
export type AccordionContentProps = ComponentPropsWithRef<typeof RadixAccordion.Content>;

/** What a section shows when open. */
export function AccordionContent({ className, ...props }: AccordionContentProps) {
  return <RadixAccordion.Content {...props} className={join(styles.content, className)} />;
}
