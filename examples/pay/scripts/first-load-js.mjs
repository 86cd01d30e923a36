// First-load JS per route, from the build output (`next build` no longer prints it): the root
// main files every page loads, plus the chunks of the route's layout and page listed in its
// client-reference manifest. Sizes are of the files as built and gzipped (level 9).
//
//   node scripts/first-load-js.mjs           a Markdown table
//   node scripts/first-load-js.mjs --json    the numbers
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import vm from 'node:vm';

const app = dirname(dirname(fileURLToPath(import.meta.url)));
const build = join(app, '.next');
const manifest = JSON.parse(readFileSync(join(build, 'build-manifest.json'), 'utf8'));
// The polyfills load with `nomodule`, so no current browser fetches them; Next.js never counted them either.
const root = manifest.rootMainFiles;

/** Every page's client-reference manifest under .next/server/app, by route. */
function pages(dir = join(build, 'server', 'app'), route = '') {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith('_') && entry.name !== 'api') found.push(...pages(join(dir, entry.name), `${route}/${entry.name}`));
    else if (entry.name === 'page_client-reference-manifest.js') found.push({ route: route || '/', file: join(dir, entry.name) });
  }
  return found;
}

const sizes = new Map();
function size(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(join(build, file));
    sizes.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return sizes.get(file);
}

const rows = pages()
  .map(({ route, file }) => {
    const context = { globalThis: {} };
    vm.runInNewContext(readFileSync(file, 'utf8'), context);
    const entry = Object.values(context.globalThis.__RSC_MANIFEST)[0];
    const own = Object.entries(entry.entryJSFiles)
      .filter(([id]) => id.includes('/examples/pay/app/'))
      .flatMap(([, files]) => files);
    const files = [...new Set([...root, ...own])].filter((name) => existsSync(join(build, name)));
    const sum = (list) => list.reduce((total, name) => total + size(name).gzip, 0);
    const appFiles = files.filter((name) => !root.includes(name));
    return {
      route,
      files: files.length,
      gzip: sum(files),
      raw: files.reduce((total, name) => total + size(name).raw, 0),
      framework: sum(files.filter((name) => root.includes(name))),
      app: sum(appFiles),
    };
  })
  .sort((a, b) => a.route.localeCompare(b.route));

const kB = (bytes) => (bytes / 1000).toFixed(1);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log('| route | first-load JS (gzip) | Next.js and React | app and kit | as built (no gzip) | files |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(`| \`${row.route}\` | ${kB(row.gzip)} kB | ${kB(row.framework)} kB | ${kB(row.app)} kB | ${kB(row.raw)} kB | ${row.files} |`);
  }
}
