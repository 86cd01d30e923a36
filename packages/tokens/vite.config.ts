import { defineConfig } from 'vite';
import { libraryConfig } from '../../vite.lib.ts';

export default defineConfig(libraryConfig({ packageDir: import.meta.dirname, entry: ['src/index.ts', 'src/theme-contract.ts'] }));
