import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../../packages/audit/src/server.ts';
import { chromiumArgs, chromiumPath } from '../chromium';

const root = new URL('../..', import.meta.url).pathname;
const packages = ['tokens', 'icons', 'react'];
const scratch = mkdtempSync(join(tmpdir(), 'eui-pack-'));
const app = join(scratch, 'app');
let server: StaticServer | undefined;

function run(command: string, args: string[], cwd: string) {
  return execFileSync(command, args, { cwd, stdio: 'pipe', encoding: 'utf8', env: { ...process.env, CI: 'true' } });
}

beforeAll(() => {
  // Pack exactly what would be published; `pnpm pack` turns workspace: ranges into versions.
  const tarballs = Object.fromEntries(
    packages.map((name) => {
      run('pnpm', ['pack', '--pack-destination', scratch], join(root, 'packages', name));
      const file = readdirSync(scratch).find((entry) => entry.startsWith(`elder-ui-${name}-`) && entry.endsWith('.tgz'))!;
      return [`@elder-ui/${name}`, `file:${join(scratch, file)}`];
    }),
  );
  const versions = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies as Record<string, string>;

  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'scratch-app',
      private: true,
      type: 'module',
      dependencies: { ...tarballs, react: versions.react, 'react-dom': versions['react-dom'] },
      devDependencies: { vite: versions.vite },
      overrides: { '@elder-ui/tokens': tarballs['@elder-ui/tokens'], '@elder-ui/icons': tarballs['@elder-ui/icons'] },
    }),
  );
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><html lang="en"><head><title>Scratch</title></head><body><div id="root"></div><script type="module" src="/src/main.js"></script></body></html>',
  );
  // What a team writes after reading the README: one CSS import and the provider.
  writeFileSync(
    join(app, 'src/main.js'),
    [
      "import '@elder-ui/react/styles.css';",
      "import { createElement as h } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import { Button, ThemeProvider } from '@elder-ui/react';",
      "createRoot(document.getElementById('root')).render(h(ThemeProvider, { defaultMode: 'elder', storage: null }, h(Button, null, 'Pay now')));",
    ].join('\n'),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], app);
  run('npx', ['vite', 'build'], app);
});

afterAll(async () => {
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the packed packages in a fresh Vite app', () => {
  it('ship ESM, types and one stylesheet each', () => {
    for (const name of packages) {
      const manifest = JSON.parse(readFileSync(join(app, 'node_modules/@elder-ui', name, 'package.json'), 'utf8'));
      expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js' });
      expect(manifest.exports['./styles.css']).toBe('./dist/styles.css');
      expect(JSON.stringify(manifest.dependencies ?? {})).not.toContain('workspace:');
    }
    const entry = readFileSync(join(app, 'node_modules/@elder-ui/react/dist/index.js'), 'utf8');
    expect(entry.startsWith('"use client";')).toBe(true);
  });

  it('contain no example code', () => {
    for (const name of packages) {
      const folder = join(app, 'node_modules/@elder-ui', name);
      // What the tarball holds, not the dependencies npm may have nested inside it.
      const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => !file.startsWith('node_modules'));
      expect(files.filter((file) => /example|send-money|transfer-form/i.test(file)), name).toEqual([]);
      const examples = files.filter((file) => {
        const path = join(folder, file);
        return statSync(path).isFile() && /SendMoneyExample|TransferFormExample/.test(readFileSync(path, 'utf8'));
      });
      expect(examples, name).toEqual([]);
    }
  });

  it('build into a page that shows an elder-mode Button at the elder size', async () => {
    server = await serveFolder(join(app, 'dist'));
    const { url } = server;
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    try {
      const page = await browser.newPage();
      await page.goto(url);
      const button = page.getByRole('button', { name: 'Pay now' });
      await button.waitFor();
      const measured = await button.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return {
          mode: document.documentElement.getAttribute('data-eui-mode'),
          width: box.width,
          height: box.height,
          fontSize: getComputedStyle(element).fontSize,
        };
      });
      expect(measured.mode).toBe('elder');
      expect(measured.height).toBeGreaterThanOrEqual(60);
      expect(measured.width).toBeGreaterThanOrEqual(60);
      expect(measured.fontSize).toBe('22px');
    } finally {
      await browser.close();
    }
  });
});
