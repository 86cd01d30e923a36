import { join } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The script build: one self-contained IIFE for `<script>` tags and Playwright's
 * `page.addScriptTag`, loaded after axe-core. It uses `window.axe` and needs no imports.
 * Runs after the module build, so it must not empty `dist`.
 */
export default defineConfig({
  root: import.meta.dirname,
  build: {
    outDir: join(import.meta.dirname, 'dist'),
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    lib: {
      entry: join(import.meta.dirname, 'src/browser.ts'),
      formats: ['iife'],
      name: 'ElderAxeRules',
      fileName: () => 'elder-axe-rules.iife.js',
    },
  },
});
