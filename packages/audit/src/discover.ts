/** Finding the pages of a whole site: sitemaps (and sitemap indexes), and a same-origin crawl. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import type { BrowserContext } from 'playwright-core';
import { firstLine, UsageError } from './errors.ts';

/**
 * Whether `text` matches a `--include` / `--exclude` pattern: `/a regular expression/` (with
 * flags after the last slash), a glob where `*` stands for any characters (matched against the
 * whole text), or otherwise text it contains. Case is ignored except in regular expressions.
 *
 * @throws {UsageError} For a regular expression that does not compile.
 */
export function matchesPattern(text: string, pattern: string): boolean {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (regex) {
    try {
      return new RegExp(regex[1]!, regex[2]).test(text);
    } catch (error) {
      throw new UsageError(`"${pattern}" is not a regular expression: ${firstLine(error)}`);
    }
  }
  if (pattern.includes('*')) {
    const source = pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    return new RegExp(`^${source}$`, 'i').test(text);
  }
  return text.toLowerCase().includes(pattern.toLowerCase());
}

/** Whether `text` passes `include` (any, or none given) and no `exclude`. */
export function passesFilter(text: string, filter: { include: readonly string[]; exclude: readonly string[] }): boolean {
  return (filter.include.length === 0 || filter.include.some((p) => matchesPattern(text, p))) && !filter.exclude.some((p) => matchesPattern(text, p));
}

const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, isArray: (name) => name === 'url' || name === 'sitemap', parseTagValue: false });

/** The `<loc>`s of a sitemap's text: pages of a `<urlset>`, or sitemaps of a `<sitemapindex>`. */
export function parseSitemap(xml: string, source: string): { pages: string[]; sitemaps: string[] } {
  let doc: { urlset?: { url?: { loc?: unknown }[] }; sitemapindex?: { sitemap?: { loc?: unknown }[] } };
  try {
    doc = parser.parse(xml, true) as typeof doc;
  } catch (error) {
    throw new UsageError(`${source} is not a sitemap: ${firstLine(error)}`);
  }
  const locs = (entries: { loc?: unknown }[] | undefined) =>
    (entries ?? []).map((entry) => (typeof entry.loc === 'string' ? entry.loc.trim() : '')).filter(Boolean);
  if (doc.urlset) return { pages: locs(doc.urlset.url), sitemaps: [] };
  if (doc.sitemapindex) return { pages: [], sitemaps: locs(doc.sitemapindex.sitemap) };
  throw new UsageError(`${source} is not a sitemap: it has neither <urlset> nor <sitemapindex>.`);
}

/** Reads a URL's text: `file:` from disk, anything else over HTTP with the given headers. */
async function readText(url: string, headers: Record<string, string>, timeoutMs: number): Promise<string> {
  if (url.startsWith('file:')) return readFile(fileURLToPath(url), 'utf8');
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  return response.text();
}

/**
 * Every page of a sitemap, following sitemap indexes (up to 5 levels, each sitemap read once),
 * in document order without repeats.
 *
 * @throws {UsageError} When a sitemap cannot be read or is not a sitemap.
 */
export async function readSitemap(url: string, options: { headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<string[]> {
  const pages = new Set<string>();
  const seen = new Set<string>();
  const visit = async (sitemap: string, depth: number): Promise<void> => {
    if (seen.has(sitemap) || depth > 5) return;
    seen.add(sitemap);
    let text: string;
    try {
      text = await readText(sitemap, options.headers ?? {}, options.timeoutMs ?? 30_000);
    } catch (error) {
      throw new UsageError(`Cannot read the sitemap ${sitemap}: ${firstLine(error)}`);
    }
    const found = parseSitemap(text, sitemap);
    for (const page of found.pages) pages.add(new URL(page, sitemap).href);
    for (const child of found.sitemaps) await visit(new URL(child, sitemap).href, depth + 1);
  };
  await visit(url, 0);
  return [...pages];
}

/** Links a crawl does not follow: files that are not pages. */
const notPages = /\.(pdf|zip|gz|tgz|rar|7z|png|jpe?g|gif|webp|avif|svg|ico|mp[34]|webm|mov|avi|wav|ogg|docx?|xlsx?|pptx?|csv|json|xml|txt|js|css|woff2?|ttf|exe|dmg|apk)$/i;

/** The address a crawl keeps for a link: no fragment. */
function normalise(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

/**
 * Crawls from `start`: loads each page in the browser (so scripts run, and a login in the context
 * counts), and follows `<a href>` and `<area href>` links to the same origin, breadth-first, in
 * the order they appear, until `maxPages` pages are found. Links that do not pass `filter` are
 * neither followed nor kept; the start page is always kept. Responses that are not HTML (or fail)
 * are not kept.
 *
 * @returns The pages found, start first.
 */
export async function crawl(
  context: BrowserContext,
  start: string,
  options: { maxPages: number; include: readonly string[]; exclude: readonly string[]; timeoutMs: number },
): Promise<string[]> {
  const origin = new URL(start).origin;
  const first = normalise(start);
  const queue = [first];
  const queued = new Set(queue);
  const found: string[] = [];
  const page = await context.newPage();
  try {
    while (queue.length && found.length < options.maxPages) {
      const url = queue.shift()!;
      let links: string[];
      try {
        const response = await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
        if (!response || !response.ok() || !/html/i.test(response.headers()['content-type'] ?? 'text/html')) continue;
        // A redirect (to a login page, say) lands elsewhere: keep where it landed, once.
        const landed = normalise(page.url());
        if (landed !== url && (found.includes(landed) || new URL(landed).origin !== origin)) continue;
        found.push(landed);
        queued.add(landed);
        links = await page.$$eval('a[href], area[href]', (elements) => elements.map((el) => (el as HTMLAnchorElement).href));
      } catch {
        continue;
      }
      for (const link of links) {
        let next: string;
        try {
          next = normalise(link);
        } catch {
          continue;
        }
        const parsed = new URL(next);
        if (parsed.origin !== origin || !/^https?:$/.test(parsed.protocol) || notPages.test(parsed.pathname)) continue;
        if (queued.has(next) || !passesFilter(next, options)) continue;
        queued.add(next);
        queue.push(next);
      }
    }
  } finally {
    await page.close().catch(() => undefined);
  }
  return found;
}
