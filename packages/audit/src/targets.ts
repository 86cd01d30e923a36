import { UsageError } from './themes.ts';
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
   * Only stories whose id or "title / name" contains one of these (case-insensitive).
   * @default []
   */
  include?: string[];
  /**
   * Leave out stories whose id or "title / name" contains one of these, and stories tagged
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
  const include = (filter.include ?? []).map((s) => s.toLowerCase());
  const exclude = (filter.exclude ?? []).map((s) => s.toLowerCase());
  const matches = (text: string, list: string[]) => list.some((part) => text.includes(part));
  return Object.values(entries)
    .filter((entry) => (entry.type ?? 'story') === 'story' && !(entry.tags ?? []).includes('skip-audit'))
    .map((entry) => ({
      id: entry.id,
      title: `${entry.title} / ${entry.name}`,
      url: new URL(`iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`, base).href,
      kind: 'story' as const,
      ...(typeof entry.importPath === 'string' ? { source: entry.importPath } : {}),
    }))
    .filter((target) => {
      const text = `${target.id} ${target.title}`.toLowerCase();
      return (include.length === 0 || matches(text, include)) && !matches(text, exclude);
    });
}

/**
 * Checks a URL given on the command line: it must be absolute `http:`, `https:` or `file:`.
 *
 * @throws {UsageError} With a message that says what is wrong.
 */
export function urlTarget(value: string): AuditTarget {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`"${value}" is not a URL. Give an absolute URL such as https://example.com/page, or --storybook <folder>.`);
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
    throw new UsageError(`"${value}": only http:, https: and file: URLs can be audited.`);
  }
  return { id: url.href, title: url.href, url: url.href, kind: 'url' };
}

/** Parses `--shard 2/5`: the second of five parts. */
export function parseShard(value: string): { index: number; total: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match ? Number(match[1]) : NaN;
  const total = match ? Number(match[2]) : NaN;
  if (!match || total < 1 || index < 1 || index > total) {
    throw new UsageError(`--shard "${value}": use index/total with 1 ≤ index ≤ total, such as --shard 2/5.`);
  }
  return { index, total };
}

/**
 * The part of `items` that shard `index` of `total` audits. Items are dealt round-robin, so
 * each shard gets a similar mix; every item lands in exactly one shard.
 */
export function selectShard<T>(items: readonly T[], shard: { index: number; total: number }): T[] {
  return items.filter((_, i) => i % shard.total === shard.index - 1);
}
