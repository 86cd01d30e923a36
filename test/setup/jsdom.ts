import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.removeAttribute('data-eui-mode');
  document.documentElement.removeAttribute('data-eui-scheme');
  document.documentElement.removeAttribute('data-eui-contrast');
});
