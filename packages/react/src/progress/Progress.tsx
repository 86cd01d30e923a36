'use client';
import * as RadixProgress from '@radix-ui/react-progress';
import { clsx } from 'clsx/lite';
import { useEffect, useId, useRef, type ComponentPropsWithRef, type ReactNode } from 'react';
import { announce } from '../internal/announce';
import { useLocale } from '../locale';
import { format } from '../locale/messages-overlays';
import { Inline, Stack } from '../stack';
import * as styles from './Progress.css';

/** Props of {@link Progress}. */
export interface ProgressProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** What is under way, in words: "Uploading your ID card". It names the bar. */
  label: ReactNode;
  /**
   * How far it has got, from 0 to `max`; `null` when it is not known.
   * @default null
   */
  value?: number | null;
  /**
   * The value that means finished.
   * @default 100
   */
  max?: number;
}

/**
 * A progress bar with its name and its percentage in words. Screen readers
 * hear it at each quarter and when it finishes (not at every step, which would
 * drown everything else). It moves without animation in elder mode and under
 * reduced motion.
 */
export function Progress({ label, value = null, max = 100, ...props }: ProgressProps) {
  const { messages } = useLocale();
  const id = useId();
  const percent = value === null ? null : Math.round((Math.min(Math.max(value, 0), max) / max) * 100);
  const lastQuarter = useRef(percent === null ? -1 : Math.floor(percent / 25));

  useEffect(() => {
    if (percent === null) return;
    const quarter = Math.floor(percent / 25);
    if (quarter > lastQuarter.current) {
      announce(percent >= 100 ? messages.done : format(messages.percentDone, { percent }));
    }
    lastQuarter.current = quarter;
  }, [percent, messages.done, messages.percentDone]);

  return (
    <Stack gap="xs" {...props}>
      <Inline gap="sm" align="stretch" justify="between" className={styles.labelRow}>
        <span id={`${id}-label`} className={styles.label}>
          {label}
        </span>
        {percent !== null ? (
          <span aria-hidden="true">{percent >= 100 ? messages.done : format(messages.percentDone, { percent })}</span>
        ) : null}
      </Inline>
      <RadixProgress.Root
        className={styles.track}
        value={value}
        max={max}
        aria-labelledby={`${id}-label`}
        getValueLabel={(current, total) => format(messages.percentDone, { percent: Math.round((current / total) * 100) })}
      >
        <RadixProgress.Indicator className={styles.indicator} style={{ width: `${percent ?? 0}%` }} />
      </RadixProgress.Root>
    </Stack>
  );
}

/** Props of {@link Spinner}. */
export interface SpinnerProps extends Omit<ComponentPropsWithRef<'div'>, 'children' | 'role'> {
  /**
   * What is happening, shown beside the ring and read out.
   * @default messages.loading ("Loading")
   */
  label?: ReactNode;
}

/**
 * A busy indicator that always says what is happening in words. The ring turns
 * in standard mode and stands still in elder mode and under reduced motion.
 */
export function Spinner({ label, className, ...props }: SpinnerProps) {
  const { messages } = useLocale();
  return (
    <div {...props} role="status" className={clsx(styles.spinner, className)}>
      <span className={styles.ring} aria-hidden="true" data-eui-spinner="" />
      <span>{label ?? messages.loading}</span>
    </div>
  );
}
