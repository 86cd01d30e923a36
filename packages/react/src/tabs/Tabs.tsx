'use client';
import * as RadixTabs from '@radix-ui/react-tabs';
import type { ComponentPropsWithRef } from 'react';
import { withClassName } from '../internal/with-class-name';
import * as styles from './Tabs.css';

/** Props of {@link Tabs}: Radix's `value`, `defaultValue`, `onValueChange`, `orientation`, `activationMode`. */
export type TabsProps = ComponentPropsWithRef<typeof RadixTabs.Root>;
/** Props of {@link TabsList}. Name it with `aria-label`. */
export type TabsListProps = ComponentPropsWithRef<typeof RadixTabs.List>;
/** Props of {@link TabsTrigger}: `value` (required) and `disabled`. */
export type TabsTriggerProps = ComponentPropsWithRef<typeof RadixTabs.Trigger>;
/** Props of {@link TabsContent}: `value` (required). */
export type TabsContentProps = ComponentPropsWithRef<typeof RadixTabs.Content>;

/**
 * Views of the same thing side by side ("Income", "Spending"). Arrow keys move
 * between tabs; each tab is a large target, and in elder mode the row wraps
 * instead of scrolling sideways.
 */
export const Tabs = withClassName<TabsProps>(RadixTabs.Root, styles.root, 'Tabs');

/** The row of tabs. */
export const TabsList = withClassName<TabsListProps>(RadixTabs.List, styles.list, 'TabsList');

/** One tab. Its words name it; the selected one is bold and underlined, not only coloured. */
export const TabsTrigger = withClassName<TabsTriggerProps>(RadixTabs.Trigger, styles.trigger, 'TabsTrigger');

/** The panel shown for one tab. */
export const TabsContent = withClassName<TabsContentProps>(RadixTabs.Content, styles.content, 'TabsContent');
