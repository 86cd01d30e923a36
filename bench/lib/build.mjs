// Bundles the test pages and the bundle-cost entries with esbuild.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const srcDir = new URL('../src/', import.meta.url).pathname;

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'error',
  // The Elder kit reads form components that may not have landed yet: undefined is expected there.
  logOverride: { 'import-is-undefined': 'silent' },
  // Not the root tsconfig.json, whose `paths` point @elder-ui/* at the sources: the bench measures the built packages.
  tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } },
};

const external = ['react', 'react-dom', 'react/*', 'react-dom/*'];

/** gzip at level 9, as size-limit does. */
export const gzipBytes = (/** @type {Uint8Array | string} */ data) => gzipSync(data, { level: 9 }).length;

/**
 * The minified and gzipped JS and CSS of one cost entry of a kit, react and react-dom external.
 * @param {string} kitId
 * @param {'ButtonCost' | 'FormsCost'} entry
 */
export async function buildCost(kitId, entry) {
  const result = await esbuild.build({
    ...common,
    stdin: { contents: `export { ${entry} as default } from './kits/${kitId}.tsx';`, resolveDir: srcDir, loader: 'tsx' },
    outfile: join(srcDir, '..', 'node_modules', '.cache', 'bench', 'cost', `${kitId}-${entry}.js`),
    external,
    write: false,
    metafile: true,
  });
  const sizes = { js: 0, jsGzip: 0, css: 0, cssGzip: 0 };
  for (const file of result.outputFiles) {
    if (file.path.endsWith('.js')) {
      sizes.js += file.contents.length;
      sizes.jsGzip += gzipBytes(file.contents);
    } else if (file.path.endsWith('.css')) {
      sizes.css += file.contents.length;
      sizes.cssGzip += gzipBytes(file.contents);
    }
  }
  return sizes;
}

/**
 * Bundles one kit's test page, everything included, into `outDir`: `<kit>.html`, `<kit>.js` and maybe `<kit>.css`.
 * @param {string} kitId
 * @param {string} outDir
 */
export async function buildPage(kitId, outDir) {
  await mkdir(outDir, { recursive: true });
  const result = await esbuild.build({
    ...common,
    stdin: {
      contents: `import { kit } from './kits/${kitId}.tsx';\nimport { startHarness } from './harness.tsx';\nstartHarness(kit);`,
      resolveDir: srcDir,
      loader: 'tsx',
    },
    outfile: join(outDir, `${kitId}.js`),
    metafile: true,
  });
  const hasCss = Object.keys(result.metafile.outputs).some((file) => file.endsWith(`${kitId}.css`));
  await writeFile(join(outDir, `${kitId}.html`), pageHtml(kitId, hasCss));
}

/** The HTML of a test page that loads `<name>.js`, and `<name>.css` when there is one. @param {string} name @param {boolean} hasCss */
function pageHtml(name, hasCss) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>bench: ${name}</title>
    ${hasCss ? `<link rel="stylesheet" href="/${name}.css" />` : ''}
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/${name}.js"></script>
  </body>
</html>
`;
}

/**
 * Bundles the profile page (`src/profile.tsx`) into `outDir`, unminified so functions keep their
 * names and esbuild's `// path` comments mark where each module starts, with React's profiling
 * build so `<Profiler>` reports render times. Returns the bundle's text.
 * @param {string} outDir
 */
export async function buildProfilePage(outDir) {
  await mkdir(outDir, { recursive: true });
  const result = await esbuild.build({
    ...common,
    minify: false,
    entryPoints: [join(srcDir, 'profile.tsx')],
    outfile: join(outDir, 'profile.js'),
    alias: { 'react-dom/client': 'react-dom/profiling' },
    write: false,
  });
  let code = '';
  for (const file of result.outputFiles) {
    await writeFile(file.path, file.contents);
    if (file.path.endsWith('.js')) code = file.text;
  }
  const hasCss = result.outputFiles.some((file) => file.path.endsWith('.css'));
  await writeFile(join(outDir, 'profile.html'), pageHtml('profile', hasCss));
  return code;
}
