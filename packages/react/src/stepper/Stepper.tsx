'use client';
import type { ComponentPropsWithRef, ReactNode } from 'react';
import { useLocale } from '../locale';
import { format } from '../locale/messages-overlays';
import { Stack } from '../stack';
import { Text } from '../text';
import * as styles from './Stepper.css';

/** Props of {@link Stepper}. */
export interface StepperProps extends Omit<ComponentPropsWithRef<'div'>, 'children' | 'title'> {
  /** The step the person is on, counting from 1. */
  current: number;
  /** How many steps there are. */
  total: number;
  /**
   * The name of the current step, shown large under "Step 2 of 4": "How much to send".
   * @default undefined
   */
  title?: ReactNode;
}

/**
 * Where the person is in a task, in words: "Step 2 of 4" and the step's name.
 * It shows one step at a time (the others are only a bar, hidden from screen
 * readers), so a long flow never reads as a wall of choices.
 */
export function Stepper({ current, total, title, ...props }: StepperProps) {
  const { messages } = useLocale();
  const step = Math.min(Math.max(Math.round(current), 1), Math.max(total, 1));
  return (
    <Stack gap="xs" {...props} data-eui-stepper="">
      <Text weight="bold" tone="muted">
        {format(messages.stepOf, { current: step, total })}
      </Text>
      {title ? <p className={styles.name}>{title}</p> : null}
      <div className={styles.bar} aria-hidden="true">
        {Array.from({ length: total }, (_, index) => (
          <span
            key={index}
            className={styles.segment}
            data-state={index + 1 < step ? 'done' : index + 1 === step ? 'current' : 'todo'}
          />
        ))}
      </div>
    </Stack>
  );
}
