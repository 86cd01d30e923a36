// Stable renders for the screenshot tests: nothing moves, nothing blinks, the clock stands still.
// A re-run on the same commit must give the same pixels, so everything that depends on time or on
// how far an animation got is pinned here, before any story renders.
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Transitions and animations end at once (an entering dialog is captured where it comes to rest,
 * a spinner on its first frame), the text caret is not drawn (it blinks), and a smooth scroll
 * jumps. The kit's own instant theme change (`data-eui-theme-changing`) does the first part only
 * while a theme changes; here it holds for the whole test.
 */
const stillness = `
*, *::before, *::after {
  transition-duration: 0s !important;
  transition-delay: 0s !important;
  animation-duration: 0s !important;
  animation-delay: 0s !important;
  caret-color: transparent !important;
  scroll-behavior: auto !important;
}
/*
 * The body is what is captured: padded as in Storybook's canvas, and at least as tall as the
 * viewport, so a dialog or notification fixed to the viewport is inside the capture.
 */
body { margin: 0; padding: 1rem; min-height: 100vh; box-sizing: border-box; }
`;

const style = document.createElement('style');
style.dataset.screenshots = '';
style.textContent = stillness;
document.head.append(style);

/**
 * The moment every story is captured at: a notification's countdown ("Closes in 8 s") and a
 * code's "send again in 0:45" read the same in every run. Only `Date` is faked; timers run, so
 * React, Radix and the plays' own waits work as usual.
 */
export const fixedNow = new Date('2026-03-02T09:30:00+08:00');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: fixedNow });
});

/**
 * A story may leave something that moves on by itself after its play: the read-aloud stand-in
 * voice goes to the next sentence after a fraction of a second to a few seconds, a notification
 * closes after 8 s. Such timers (any delay longer than a frame; the zero-delay ones libraries use
 * for "right after this" still run) are held while a capture is taken, so it shows the state the
 * play ended in however busy the machine is, and run afterwards.
 */
const longDelay = 20;
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
interface LongTimer {
  run: () => void;
  due: number;
  real: ReturnType<typeof realSetTimeout> | undefined;
}
const longTimers = new Map<number, LongTimer>();
let nextId = 1_000_000_000;
let holding = false;

function start(id: number, timer: LongTimer) {
  timer.real = realSetTimeout(
    () => {
      longTimers.delete(id);
      timer.run();
    },
    Math.max(0, timer.due - performance.now()),
  );
}

globalThis.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  if (typeof handler !== 'function' || !(Number(delay) >= longDelay)) return realSetTimeout(handler, delay, ...args);
  const id = nextId++;
  const timer: LongTimer = { run: () => handler(...args), due: performance.now() + Number(delay), real: undefined };
  longTimers.set(id, timer);
  if (!holding) start(id, timer);
  return id;
}) as typeof setTimeout;

globalThis.clearTimeout = ((id?: number) => {
  const timer = id === undefined ? undefined : longTimers.get(id);
  if (!timer) return realClearTimeout(id);
  if (timer.real !== undefined) realClearTimeout(timer.real);
  longTimers.delete(id!);
}) as typeof clearTimeout;

/** Holds every long timer until {@link releaseTimers}: nothing a story scheduled moves on during a capture. */
export function holdTimers() {
  holding = true;
  for (const timer of longTimers.values()) {
    if (timer.real !== undefined) realClearTimeout(timer.real);
    timer.real = undefined;
  }
}

/** Lets the held timers run, each when it was due (at once, if that has passed). */
export function releaseTimers() {
  holding = false;
  for (const [id, timer] of longTimers) if (timer.real === undefined) start(id, timer);
}

afterEach(() => {
  releaseTimers();
  vi.useRealTimers();
});
