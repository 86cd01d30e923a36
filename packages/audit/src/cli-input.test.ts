import { describe, expect, it } from 'vitest';
import { parseCli } from './args.ts';
import { isCdpEndpoint } from './browsers.ts';
import { matchesPattern, parseSitemap } from './discover.ts';
import { findChromium } from './chromium.ts';
import { UsageError } from './errors.ts';
import { storyTargets } from './storybook.ts';
import { parseShard, selectShard, urlTarget } from './targets.ts';
import { allThemes, parseThemes, storybookGlobals, themeName } from './themes.ts';

describe('parseCli', () => {
  it('reads URLs with the defaults: all themes, all checks, three formats, concurrency 2', () => {
    const options = parseCli(['https://example.com/']);
    expect(options.urls.map((u) => u.url)).toEqual(['https://example.com/']);
    expect(options.themes).toHaveLength(8);
    expect(options.formats).toEqual(['json', 'html', 'earl']);
    expect(options.checks).toContain('keyboard');
    expect(options.concurrency).toBe(2);
    expect(options.shard).toEqual({ index: 1, total: 1 });
    expect(options.out).toBe('elder-audit-report');
    expect(options.storyRules).toBe('honour');
  });

  it('reads a Storybook build with filters, shard and flags', () => {
    const options = parseCli(['--storybook', 'sb', '--include', 'button', '--include', 'dialog', '--shard', '2/5', '--concurrency', '1', '--themes', 'elder-*-*', '--format', 'json', '--no-progress', '--ignore-story-rules']);
    expect(options.storybook).toBe('sb');
    expect(options.include).toEqual(['button', 'dialog']);
    expect(options.shard).toEqual({ index: 2, total: 5 });
    expect(options.themes.map(themeName)).toEqual(['elder-light-standard', 'elder-light-high', 'elder-dark-standard', 'elder-dark-high']);
    expect(options.formats).toEqual(['json']);
    expect(options.progress).toBe(false);
    expect(options.storyRules).toBe('ignore');
  });

  it.each([
    [[], /Nothing to audit/],
    [['--storybook', 'sb', 'https://example.com'], /not both/],
    [['--bogus', 'https://example.com'], /Unknown option/],
    [['not a url'], /is not a URL/],
    [['ftp://example.com/'], /only http/],
    [['--shard', '6/5', 'https://example.com'], /--shard/],
    [['--concurrency', '0', 'https://example.com'], /--concurrency/],
    [['--format', 'pdf', 'https://example.com'], /--format/],
    [['--checks', 'magic', 'https://example.com'], /--checks/],
    [['--themes', 'elder-pink-high', 'https://example.com'], /not a scheme/],
  ])('rejects %j as a usage error', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(UsageError);
    expect(() => parseCli(argv)).toThrow(message);
  });

  it('lets --help through without input', () => {
    expect(parseCli(['--help']).help).toBe(true);
  });
});

describe('themes', () => {
  it('has eight themes, standard mode first', () => {
    expect(allThemes.map(themeName)).toEqual([
      'standard-light-standard',
      'standard-light-high',
      'standard-dark-standard',
      'standard-dark-high',
      'elder-light-standard',
      'elder-light-high',
      'elder-dark-standard',
      'elder-dark-high',
    ]);
  });

  it('reads none, all and wildcards, keeping the canonical order', () => {
    expect(parseThemes('none')).toEqual([null]);
    expect(parseThemes('all')).toHaveLength(8);
    expect(parseThemes('*-dark-high,standard-light-standard').map(themeName)).toEqual(['standard-light-standard', 'standard-dark-high', 'elder-dark-high']);
  });

  it('writes Storybook globals', () => {
    expect(storybookGlobals({ mode: 'elder', scheme: 'dark', contrast: 'high' })).toBe('mode:elder;scheme:dark;contrast:high');
  });
});

describe('targets', () => {
  const index = {
    v: 5,
    entries: {
      'intro--docs': { id: 'intro--docs', title: 'Intro', name: 'Docs', type: 'docs' },
      'button--primary': { id: 'button--primary', title: 'Button', name: 'Primary', type: 'story', importPath: './src/Button.stories.tsx' },
      'button--skip': { id: 'button--skip', title: 'Button', name: 'Skip', type: 'story', tags: ['skip-audit'] },
      'dialog--open': { id: 'dialog--open', title: 'Dialog', name: 'Open', type: 'story' },
    },
  };

  it('lists stories, not docs pages or stories tagged skip-audit, as iframe URLs', () => {
    const targets = storyTargets(index, 'http://127.0.0.1:9/');
    expect(targets.map((t) => t.id)).toEqual(['button--primary', 'dialog--open']);
    expect(targets[0]!.url).toBe('http://127.0.0.1:9/iframe.html?id=button--primary&viewMode=story');
    expect(targets[0]!.title).toBe('Button / Primary');
    expect(targets[0]!.source).toBe('./src/Button.stories.tsx');
    expect(targets[1]!.source).toBeUndefined();
  });

  it('filters by --include and --exclude', () => {
    expect(storyTargets(index, 'http://x/', { include: ['DIALOG'] }).map((t) => t.id)).toEqual(['dialog--open']);
    expect(storyTargets(index, 'http://x/', { exclude: ['dialog'] }).map((t) => t.id)).toEqual(['button--primary']);
  });

  it('refuses an index without entries', () => {
    expect(() => storyTargets({}, 'http://x/')).toThrow(/no "entries"/);
  });

  it('deals shards round-robin so every item lands in exactly one', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const shards = [1, 2, 3, 4, 5].map((index) => selectShard(items, { index, total: 5 }));
    expect(shards.flat().sort((a, b) => a - b)).toEqual(items);
    expect(shards.map((s) => s.length)).toEqual([5, 5, 5, 4, 4]);
    expect(parseShard('2/5')).toEqual({ index: 2, total: 5 });
    expect(() => parseShard('0/5')).toThrow(UsageError);
    expect(() => parseShard('two')).toThrow(UsageError);
  });

  it('accepts http, https and file URLs', () => {
    expect(urlTarget('file:///tmp/a.html').kind).toBe('url');
    expect(urlTarget('http://127.0.0.1:8080/x').url).toBe('http://127.0.0.1:8080/x');
  });
});

describe('findChromium', () => {
  it('prefers the flag, and says clearly when a named path is not a browser', () => {
    expect(() => findChromium('/nonexistent/chromium', {})).toThrow(/--chromium is \/nonexistent\/chromium/);
    expect(() => findChromium(undefined, { EUI_CHROMIUM: '/nope' })).toThrow(/EUI_CHROMIUM is \/nope/);
    expect(() => findChromium(undefined, { CHROMIUM_PATH: '/nope' })).toThrow(/CHROMIUM_PATH is \/nope/);
  });
});

describe('parseCli: elder mode, whole sites, CI and remote browsers', () => {
  // A folder with no elder-audit.config.json, so these read the command line only.
  const cwd = '/nonexistent-folder-without-config';
  const parse = (argv: string[]) => parseCli(argv, { cwd });

  it('defaults to --elder auto with the spec thresholds, and reads on and off', () => {
    const options = parse(['https://example.com/']);
    expect(options.elder).toBe('auto');
    expect(options.thresholds).toEqual({ textSize: 18, targetSize: 48, primaryTargetSize: 60, lineHeight: 1.5, contrast: 7, nonTextContrast: 4.5 });
    expect(parse(['--elder', 'on', 'https://example.com/']).elder).toBe('on');
    expect(parse(['--elder', 'off', 'https://example.com/']).elder).toBe('off');
  });

  it('takes --elder-scope as --elder on inside the selector', () => {
    const options = parse(['--elder-scope', ' #seniors ', 'https://example.com/']);
    expect(options.elder).toBe('on');
    expect(options.elderScope).toBe('#seniors');
  });

  it('reads sitemaps, crawls, the page limit and URL filters as inputs', () => {
    const options = parse(['--sitemap', 'https://example.com/sitemap.xml', '--crawl', 'https://example.com/', '--max-pages', '7', '--exclude', '/admin/']);
    expect(options.sitemaps).toEqual(['https://example.com/sitemap.xml']);
    expect(options.crawl).toEqual(['https://example.com/']);
    expect(options.maxPages).toBe(7);
    expect(options.exclude).toEqual(['/admin/']);
    expect(options.urls).toEqual([]);
    expect(parse(['--crawl', 'https://example.com/']).maxPages).toBe(50);
  });

  it('reads headers, a storage state, baselines, remote browsers and the new formats', () => {
    const options = parse([
      '--header', 'Authorization: Bearer a:b',
      '--header', 'X-Env:preview',
      '--storage-state', 'state.json',
      '--baseline', 'base.json', '--update-baseline',
      '--connect', 'ws://grid:3000/abc', '--connect', 'http://127.0.0.1:9222',
      '--format', 'sarif,junit',
      'https://example.com/',
    ]);
    expect(options.headers).toEqual({ Authorization: 'Bearer a:b', 'X-Env': 'preview' });
    expect(options.storageState).toBe('state.json');
    expect(options.baseline).toBe('base.json');
    expect(options.updateBaseline).toBe(true);
    expect(options.connect).toEqual(['ws://grid:3000/abc', 'http://127.0.0.1:9222']);
    expect(options.formats).toEqual(['sarif', 'junit']);
  });

  it.each([
    [['--elder', 'always', 'https://example.com/'], /--elder: "always" is not one of auto, on, off/],
    [['--elder', 'off', '--elder-scope', '#a', 'https://example.com/'], /--elder off contradicts/],
    [['--elder-scope', ' ', 'https://example.com/'], /--elder-scope needs a CSS selector/],
    [['--header', 'no colon', 'https://example.com/'], /--header "no colon": use 'Name: value'/],
    [['--header', ': value', 'https://example.com/'], /--header/],
    [['--connect', 'grid:3000', 'https://example.com/'], /--connect "grid:3000": use a ws:, wss:, http: or https: endpoint/],
    [['--connect', 'not a url', 'https://example.com/'], /--connect "not a url" is not a URL/],
    [['--update-baseline', 'https://example.com/'], /--update-baseline writes the file named by --baseline/],
    [['--max-pages', '0', '--crawl', 'https://example.com/'], /--max-pages/],
    [['--sitemap', 'sitemap.xml'], /--sitemap: "sitemap.xml" is not a URL/],
    [['--crawl', 'file:///site/index.html'], /only http: and https: sites can be crawled/],
    [['--storybook', 'sb', '--sitemap', 'https://example.com/sitemap.xml'], /not both/],
    [['--config', 'missing.json', 'https://example.com/'], /--config: cannot read \/nonexistent-folder-without-config\/missing.json/],
    [['--format', 'pdf', 'https://example.com/'], /--format: "pdf" is not one of json, html, earl, sarif, junit/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parse(argv)).toThrow(UsageError);
    expect(() => parse(argv)).toThrow(message);
  });
});

describe('URL patterns, sitemaps and endpoints', () => {
  it.each([
    ['https://a.example/admin/users', '/admin/', true],
    ['https://a.example/Admin/users', 'admin', true],
    ['https://a.example/report.pdf', '*.pdf', true],
    ['https://a.example/report.pdf?x=1', '*.pdf', false],
    ['https://a.example/news/2024/05', '/news\\/\\d{4}/', true],
    ['https://a.example/NEWS/2024', '/news/i', true],
    ['https://a.example/about', '/admin/', false],
  ])('%s against %s: %s', (url, pattern, expected) => {
    expect(matchesPattern(url, pattern)).toBe(expected);
  });

  it('refuses a regular expression that does not compile', () => {
    expect(() => matchesPattern('x', '/(/')).toThrow(/"\/\(\/" is not a regular expression/);
  });

  it('filters stories by the same patterns', () => {
    const index = { v: 5, entries: { a: { id: 'bill--paid', title: 'Bill', name: 'Paid', type: 'story' }, b: { id: 'bill--due', title: 'Bill', name: 'Due', type: 'story' } } };
    expect(storyTargets(index, 'http://sb/', { include: ['*--paid'] }).map((t) => t.id)).toEqual(['bill--paid']);
    expect(storyTargets(index, 'http://sb/', { exclude: ['/due$/i'] }).map((t) => t.id)).toEqual(['bill--paid']);
  });

  it('reads sitemaps and sitemap indexes, and refuses what is neither', () => {
    expect(parseSitemap('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> https://a.example/ </loc></url><url><loc>/b</loc></url></urlset>', 's')).toEqual({ pages: ['https://a.example/', '/b'], sitemaps: [] });
    expect(parseSitemap('<sitemapindex><sitemap><loc>https://a.example/s1.xml</loc></sitemap></sitemapindex>', 's')).toEqual({ pages: [], sitemaps: ['https://a.example/s1.xml'] });
    expect(() => parseSitemap('<html><body>Not found</body></html>', 'https://a.example/sitemap.xml')).toThrow(/https:\/\/a.example\/sitemap.xml is not a sitemap/);
  });

  it('tells CDP endpoints from Playwright servers', () => {
    expect(isCdpEndpoint('http://127.0.0.1:9222')).toBe(true);
    expect(isCdpEndpoint('ws://127.0.0.1:9222/devtools/browser/abc')).toBe(true);
    expect(isCdpEndpoint('ws://grid:3000/playwright')).toBe(false);
  });
});
