/** Storybook discovery: a static build's `index.json`, read from a folder or a URL, as stories to visit. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { matchesPattern } from './discover.ts';
import { UsageError } from './errors.ts';
import { serveFolder } from './server.ts';
import type { AuditTarget } from './types.ts';

/** The part of a Storybook `index.json` this tool reads. */
export interface StorybookIndex {
  /** Format version (4 and 5 have `entries`; 3 had `stories`). */
  v?: number;
  /** Stories and docs pages by id. */
  entries?: Record<string, StorybookEntry>;
  /** The same, in index version 3. */
  stories?: Record<string, StorybookEntry>;
}

/** One story or docs page of a Storybook `index.json`. */
export interface StorybookEntry {
  /** The story id. */
  id: string;
  /** Its component's title. */
  title: string;
  /** The story's name. */
  name: string;
  /** `story` or `docs`. */
  type?: string;
  /** Its tags. */
  tags?: string[];
  /** The file it comes from. */
  importPath?: string;
}

/** Options of {@link storyTargets}. */
export interface StoryFilter {
  /**
   * Only stories whose id or "title / name" matches one of these: text it contains
   * (case-insensitive), a glob with `*`, or `/a regular expression/` (see `matchesPattern`).
   * @default []
   */
  include?: string[];
  /**
   * Leave out stories whose id or "title / name" matches one of these, and stories tagged
   * `skip-audit`.
   * @default []
   */
  exclude?: string[];
}

/**
 * Every story (not docs page) of a Storybook `index.json`, as pages to visit under `base`
 * (the URL the static build is served at, ending in `/`).
 */
export function storyTargets(index: StorybookIndex, base: string, filter: StoryFilter = {}): AuditTarget[] {
  const entries = index.entries ?? index.stories;
  if (!entries || typeof entries !== 'object') {
    throw new UsageError('index.json has no "entries": is this a Storybook (7 or later) static build?');
  }
  const include = filter.include ?? [];
  const exclude = filter.exclude ?? [];
  const matches = (target: AuditTarget, list: string[]) =>
    list.some((pattern) => [target.id, target.title, `${target.id} ${target.title}`].some((text) => matchesPattern(text, pattern)));
  return Object.values(entries)
    .filter((entry) => (entry.type ?? 'story') === 'story' && !(entry.tags ?? []).includes('skip-audit'))
    .map((entry) => ({
      id: entry.id,
      title: `${entry.title} / ${entry.name}`,
      url: new URL(`iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`, base).href,
      kind: 'story' as const,
      ...(typeof entry.importPath === 'string' ? { source: entry.importPath } : {}),
    }))
    .filter((target) => (include.length === 0 || matches(target, include)) && !matches(target, exclude));
}

/** A Storybook's stories, ready to visit. */
export interface StorybookInput {
  /** Every story to audit, by its URL. */
  targets: AuditTarget[];
  /** Where the Storybook is: its base URL, or the folder served. */
  source: string;
  /** Stops serving the folder (nothing to do for a URL). */
  close: () => Promise<void>;
}

/**
 * Finds the stories of a static Storybook build: a folder (served on 127.0.0.1 at a free port) or
 * a URL, through its `index.json`.
 *
 * @throws {UsageError} When the build cannot be read.
 */
export async function loadStorybook(source: string, filter: StoryFilter = {}): Promise<StorybookInput> {
  if (/^https?:\/\//i.test(source)) {
    const base = source.endsWith('/') ? source : `${source}/`;
    const indexUrl = new URL('index.json', base).href;
    let index: StorybookIndex;
    try {
      const response = await fetch(indexUrl);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      index = (await response.json()) as StorybookIndex;
    } catch (error) {
      throw new UsageError(`Cannot read the Storybook at ${base}: ${indexUrl} gave ${error instanceof Error ? error.message : String(error)}.`);
    }
    return { targets: storyTargets(index, base, filter), source: base, close: async () => undefined };
  }
  const folder = resolve(source);
  const indexPath = join(folder, 'index.json');
  let text: string;
  try {
    text = await readFile(indexPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `Cannot read the Storybook build at ${folder}: there is no index.json. Build it first (storybook build -o ${source}).`
        : `Cannot read the Storybook build at ${folder}: ${indexPath}: ${(error as Error).message}.`,
    );
  }
  let index: StorybookIndex;
  try {
    index = JSON.parse(text) as StorybookIndex;
  } catch {
    throw new UsageError(`Cannot read the Storybook build at ${folder}: index.json is not valid JSON.`);
  }
  if (!existsSync(join(folder, 'iframe.html'))) {
    throw new UsageError(`Cannot read the Storybook build at ${folder}: there is no iframe.html. Is this a static Storybook build?`);
  }
  const targets = storyTargets(index, 'http://placeholder/', filter);
  const server = await serveFolder(folder);
  return {
    targets: targets.map((t) => ({ ...t, url: t.url.replace('http://placeholder/', server.url) })),
    source: folder,
    close: server.close,
  };
}
