'use client';
import * as RadixTabs from '@radix-ui/react-tabs';
import type { ComponentPropsWithRef } from 'react';
import * as styles from './Tabs.css';

const join = (...names: (string | undefined)[]) => names.filter(Boolean).join(' ');

/** Props of {@link Tabs}: Radix's `value`, `defaultValue`, `onValueChange`, `orientation`, `activationMode`. */
export type TabsProps = ComponentPropsWithRef<typeof RadixTabs.Root>;

/**
 * Views of the same thing side by side ("Income", "Spending"). Arrow keys move
 * between tabs; each tab is a large target, and in elder mode the row wraps
 * instead of scrolling sideways.
 */
export function Tabs({ className, ...props }: TabsProps) {
  return <RadixTabs.Root {...props} className={join(styles.root, className)} />;
}

/** Props of {@link TabsList}. Name it with `aria-label`. */
export type TabsListProps = ComponentPropsWithRef<typeof RadixTabs.List>;

/** The row of tabs. */
export function TabsList({ className, ...props }: TabsListProps) {
  return <RadixTabs.List {...props} className={join(styles.list, className)} />;
}

/** Props of {@link TabsTrigger}: `value` (required) and `disabled`. */
export type TabsTriggerProps = ComponentPropsWithRef<typeof RadixTabs.Trigger>;

/** One tab. Its words name it; the selected one is bold and underlined, not only coloured. */
export function TabsTrigger({ className, ...props }: TabsTriggerProps) {
  return <RadixTabs.Trigger {...props} className={join(styles.trigger, className)} />;
}

/** Props of {@link TabsContent}: `value` (required). */
export type TabsContentProps = ComponentPropsWithRef<typeof RadixTabs.Content>;

/** The panel shown for one tab. */
export function TabsContent({ className, ...props }: TabsContentProps) {
  return <RadixTabs.Content {...props} className={join(styles.content, className)} />;
}
