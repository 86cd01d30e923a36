import { join } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The script build: one self-contained IIFE for `<script>` tags and Playwright's
 * `page.addScriptTag`, loaded after axe-core. It uses `window.axe`, imports nothing, and sets
 * `window.ElderAxeRules` itself (library mode would add a `var` that shadows it, and a
 * `exports` wrapper that tools read as CommonJS). Runs after the module build: keeps `dist`.
 */
export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  build: {
    outDir: join(import.meta.dirname, 'dist'),
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    modulePreload: false,
    copyPublicDir: false,
    rolldownOptions: {
      input: join(import.meta.dirname, 'src/browser.ts'),
      output: { format: 'iife', entryFileNames: 'elder-axe-rules.iife.js' },
    },
  },
});
