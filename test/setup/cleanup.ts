// After each test: unmount, and leave no stored theme or theme attribute behind for the next.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { textSizeAttribute, themeAttributes } from '../../packages/tokens/src/theme-contract';

afterEach(() => {
  cleanup();
  // A test file may choose the node environment, which has no DOM to reset.
  if (typeof document === 'undefined') return;
  localStorage.clear();
  for (const name of [...Object.values(themeAttributes), textSizeAttribute]) document.documentElement.removeAttribute(name);
});
