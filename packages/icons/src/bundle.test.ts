import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { homeIconData, settingsIconData } from './index';

/**
 * Checks the built package the way an app's bundler sees it: one icon must cost
 * under 1 KiB gzipped, and only because unused icons are dropped.
 */
const packageDir = join(import.meta.dirname, '..');
const dist = join(packageDir, 'dist');
const entry = join(dist, 'index.js');
const ONE_ICON_BUDGET = 1024;

function newestSource(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !/\.(test|stories)\.|\.stories\.css\./.test(file))
      .map((file) => statSync(join(dir, file)).mtimeMs),
  );
}

// esbuild refuses to load under jsdom ("TextEncoder … instanceof Uint8Array is incorrectly
// false") and the unit project's setup needs jsdom, so the bundling runs in a plain Node child.
const bundler = `
  import { gzipSync } from 'node:zlib';
  const { build } = await import(process.env.ESBUILD_URL);
  const sources = JSON.parse(process.env.SOURCES);
  const results = [];
  for (const contents of sources) {
    const result = await build({
      stdin: { contents, resolveDir: process.env.DIST, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      external: ['react', 'react/jsx-runtime'],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].text;
    results.push({ code, gzip: gzipSync(code).length });
  }
  process.stdout.write(JSON.stringify(results));
`;

/** Bundles each source against dist like an app's bundler would: minified, React external. */
async function bundle(...sources: string[]): Promise<{ code: string; gzip: number }[]> {
  const esbuild = createRequire(join(packageDir, 'package.json')).resolve('esbuild');
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', bundler], {
    env: { ...process.env, ESBUILD_URL: pathToFileURL(esbuild).href, SOURCES: JSON.stringify(sources), DIST: dist },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as { code: string; gzip: number }[];
}

const importOne = `import { HomeIcon } from './index.js'; console.log(HomeIcon);`;
const importAll = `import * as icons from './index.js'; console.log(icons);`;

beforeAll(() => {
  if (!existsSync(entry)) {
    throw new Error(
      `${entry} is missing. Build the package first: pnpm --filter @elder-ui/icons build (the root \`pnpm test\` builds before testing).`,
    );
  }
  if (newestSource(join(packageDir, 'src')) > statSync(entry).mtimeMs) {
    throw new Error(`${dist} is older than the sources. Rebuild: pnpm --filter @elder-ui/icons build`);
  }
});

describe('the built package', () => {
  it('costs at most 1 KiB gzipped for one icon, component included', async () => {
    const [one] = await bundle(importOne);
    expect(one!.code).toContain(homeIconData.elder.paths[0]!.d);
    expect(one!.gzip).toBeLessThanOrEqual(ONE_ICON_BUDGET);
  });

  it('leaves out the icons an app does not import', async () => {
    const [one, all] = await bundle(importOne, importAll);
    expect(one!.code).not.toContain(settingsIconData.standard.paths[0]!.d);
    expect(all!.code).toContain(settingsIconData.standard.paths[0]!.d);
    // Without tree-shaking the one-icon bundle would be the whole set.
    expect(all!.gzip).toBeGreaterThan(one!.gzip * 5);
    console.info(`one icon: ${one!.gzip} B gzip; every icon: ${all!.gzip} B gzip`);
  });

  it('ships one stylesheet that switches drawings and holds the elder floor', async () => {
    const { readFile } = await import('node:fs/promises');
    const css = await readFile(join(dist, 'styles.css'), 'utf8');
    expect(css).toContain('@layer eui-components');
    expect(css).toContain('[data-eui-mode="elder"]');
    expect(css).toMatch(/max\(var\(--eui-icon-size, 1\.75rem\), 28px\)/);
  });
});
