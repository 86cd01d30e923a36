import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import type { UserConfig } from 'vite';

interface LibraryOptions {
  /** The package folder (pass `import.meta.dirname`). */
  packageDir: string;
  /** Entry modules relative to the package folder. */
  entry?: string | string[];
}

/**
 * The one Vite library build every package uses: ESM only, one module per
 * source file (so bundlers can tree-shake), every dependency external, and all
 * vanilla-extract CSS gathered into a single `dist/styles.css`.
 */
export function libraryConfig({ packageDir, entry = 'src/index.ts' }: LibraryOptions): UserConfig {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  const isExternal = (id: string) => external.some((name) => id === name || id.startsWith(`${name}/`));
  const entries = (Array.isArray(entry) ? entry : [entry]).map((file) => join(packageDir, file));

  return {
    root: packageDir,
    plugins: [vanillaExtractPlugin({ identifiers: 'short' })],
    build: {
      outDir: join(packageDir, 'dist'),
      emptyOutDir: true,
      minify: false,
      sourcemap: true,
      cssCodeSplit: false,
      lib: { entry: entries, formats: ['es'], cssFileName: 'styles' },
      rolldownOptions: {
        onLog(level, log, handler) {
          // Each source file stays its own module, so its 'use client' directive is kept as written.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
        external: (id) => isExternal(id) || id.startsWith('node:'),
        output: {
          preserveModules: true,
          preserveModulesRoot: join(packageDir, 'src'),
          entryFileNames: '[name].js',
        },
      },
    },
  };
}
