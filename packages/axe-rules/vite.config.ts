import { defineConfig } from 'vite';
import { libraryConfig } from '../../vite.lib.ts';

const config = libraryConfig({
  packageDir: import.meta.dirname,
  entry: ['src/index.ts', 'src/vitest.ts', 'src/fixtures.ts'],
});
const options = config.build?.rolldownOptions;
const external = options?.external;
// `vitest` is only imported for types by src/vitest.ts; listing it keeps any future
// run-time import out of the bundle without making it a declared dependency.
if (typeof external === 'function' && options) {
  options.external = (id, ...rest) => id === 'vitest' || id.startsWith('vitest/') || external(id, ...rest);
}
// The theme contract of @elder-ui/tokens (a devDependency) is bundled in as dist/theme-contract.js,
// so auditors install this package with nothing but axe-core beside it.
const output = options?.output;
if (output && !Array.isArray(output)) {
  output.entryFileNames = (chunk) => (chunk.facadeModuleId?.endsWith('/theme-contract.js') ? 'theme-contract.js' : '[name].js');
}

export default defineConfig(config);
