// After each test: unmount, and leave no stored theme or theme attribute behind for the next.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // A test file may choose the node environment, which has no DOM to reset.
  if (typeof document === 'undefined') return;
  localStorage.clear();
  for (const axis of ['mode', 'scheme', 'contrast']) document.documentElement.removeAttribute(`data-eui-${axis}`);
});
