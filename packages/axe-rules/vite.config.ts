import { defineConfig } from 'vite';
import { libraryConfig } from '../../vite.lib.ts';

// `vitest` is only imported for types by src/vitest.ts; listing it keeps any future
// run-time import out of the bundle without making it a declared dependency.
const config = libraryConfig({
  packageDir: import.meta.dirname,
  entry: ['src/index.ts', 'src/vitest.ts', 'src/fixtures.ts'],
});
const external = config.build?.rolldownOptions?.external;
if (typeof external === 'function' && config.build?.rolldownOptions) {
  config.build.rolldownOptions.external = (id, ...rest) =>
    id === 'vitest' || id.startsWith('vitest/') || external(id, ...rest);
}

export default defineConfig(config);
