import { UsageError } from './errors.ts';
import type { AuditTarget } from './types.ts';

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
