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

afterEach(() => {
  vi.useRealTimers();
});
