import { useCallback, useEffect, useState } from 'react';

interface Clock {
  /** When the countdown reaches zero, in ms since the epoch. */
  deadline: number;
  /** The time of the last tick. */
  now: number;
}

/**
 * Whole seconds left until a deadline `seconds` from mount (and from each `restart`), or
 * `undefined` without `seconds`. It counts from the wall clock, so a tab that slept or a
 * throttled timer still shows the true time left. Until the effect starts the clock (and on
 * the server) it shows the full time, so server and client render the same words. The
 * one-second tick stops at zero and on unmount.
 */
export function useCountdown(seconds: number | undefined) {
  const [clock, setClock] = useState<Clock | null>(null);

  const restart = useCallback(() => {
    if (seconds === undefined) return;
    const now = Date.now();
    setClock({ deadline: now + seconds * 1000, now });
  }, [seconds]);

  useEffect(restart, [restart]);

  const left =
    seconds === undefined ? undefined : clock ? Math.max(0, Math.ceil((clock.deadline - clock.now) / 1000)) : Math.max(0, seconds);
  const running = clock !== null && left !== undefined && left > 0;
  const deadline = clock?.deadline;

  // Restarted with each deadline, so the ticks fall on its whole seconds.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setClock((current) => current && { ...current, now: Date.now() }), 1000);
    return () => clearInterval(timer);
  }, [running, deadline]);

  return [left, restart] as const;
}

/** Seconds as minutes and seconds, as a countdown shows them: 45 → "0:45", 300 → "5:00". */
export function formatCountdown(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
