// Installs the kit into the app the way an outside team gets it: build the workspace packages,
// pack each with `pnpm pack`, and install the tarballs into `.kit/`, which the app's
// `@elder-ui/*` dependencies link to. The app never sees a workspace source file.
//
//   node scripts/kit.mjs            always rebuild, repack and reinstall
//   node scripts/kit.mjs --if-stale only when `.kit` is missing or older than the packages' sources
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = dirname(dirname(fileURLToPath(import.meta.url)));
const root = join(app, '..', '..');
const kit = join(app, '.kit');
const tarballs = join(kit, 'tarballs');
const stamp = join(kit, 'installed.json');
const packages = ['tokens', 'icons', 'react'];

/** The newest modification time of any file under `path`, in ms. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

function sourcesTime() {
  return Math.max(
    ...packages.flatMap((name) => {
      const dir = join(root, 'packages', name);
      return ['src', 'package.json', 'scripts'].filter((part) => existsSync(join(dir, part))).map((part) => newest(join(dir, part)));
    }),
  );
}

function run(command, args, cwd) {
  console.log(`kit: ${command} ${args.join(' ')}  (in ${relative(root, cwd) || '.'})`);
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, npm_config_auto_install_peers: 'false' } });
}

const ifStale = process.argv.includes('--if-stale');
if (ifStale && existsSync(stamp) && existsSync(join(kit, 'node_modules', '@elder-ui', 'react', 'package.json'))) {
  if (statSync(stamp).mtimeMs >= sourcesTime()) {
    console.log('kit: the packed packages are up to date');
    process.exit(0);
  }
}

const started = Date.now();
run('pnpm', [...packages.flatMap((name) => ['--filter', `@elder-ui/${name}`]), 'build'], root);

rmSync(kit, { recursive: true, force: true });
mkdirSync(tarballs, { recursive: true });
for (const name of packages) run('pnpm', ['pack', '--pack-destination', tarballs], join(root, 'packages', name));

const files = readdirSync(tarballs);
const tarball = (name) => {
  const file = files.find((entry) => entry.startsWith(`elder-ui-${name}-`) && entry.endsWith('.tgz'));
  if (!file) throw new Error(`kit: pnpm pack wrote no tarball for @elder-ui/${name} in ${tarballs}`);
  return `file:tarballs/${file}`;
};
const specs = Object.fromEntries(packages.map((name) => [`@elder-ui/${name}`, tarball(name)]));
writeFileSync(
  join(kit, 'package.json'),
  `${JSON.stringify(
    {
      name: 'pay-kit',
      private: true,
      description: 'The packed Elder UI packages, installed as an outside app gets them. Written by scripts/kit.mjs.',
      dependencies: specs,
      // The packed react package asks for @elder-ui/tokens@^0.1.0 and @elder-ui/icons@^0.1.0, which
      // no registry has: point every @elder-ui name at its tarball.
      // React is the app's, found upward from here: say so, so pnpm does not warn about it.
      pnpm: { overrides: specs, peerDependencyRules: { ignoreMissing: ['react', 'react-dom'] } },
    },
    null,
    2,
  )}\n`,
);
// Outside the workspace, with no lockfile, and without installing peers: the kit's React peer must
// resolve upward to the app's own react, so the page has exactly one copy.
run('pnpm', ['install', '--ignore-workspace', '--no-lockfile', '--prefer-offline', '--config.auto-install-peers=false', '--reporter=append-only'], kit);
writeFileSync(stamp, `${JSON.stringify({ packages: specs, installedAt: new Date().toISOString() }, null, 2)}\n`);
console.log(`kit: packed and installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
