import { defaultElderThresholds } from '@elder-ui/axe-rules';
import { describe, expect, it } from 'vitest';
import { applyBaseline, baselineEntries } from './baseline.ts';
import { fixHintFor } from './checks.ts';
import { miitFromTags, wcagFromTags, wcagSlug, wcagUrl } from './criteria.ts';
import { toEarl } from './earl.ts';
import { escapeHtml, toHtml } from './html.ts';
import { renderBar } from './progress.ts';
import { summarise, switchedOffByStories } from './summary.ts';
import type { AuditReport, PageResult } from './types.ts';

function page(overrides: Partial<PageResult>): PageResult {
  return {
    target: { id: 'button--primary', title: 'Button / Primary', url: 'http://127.0.0.1/iframe.html?id=button--primary&viewMode=story', kind: 'story' },
    theme: { mode: 'elder', scheme: 'dark', contrast: 'high' },
    themeName: 'elder-dark-high',
    url: 'http://127.0.0.1/iframe.html?id=button--primary&viewMode=story&globals=mode:elder;scheme:dark;contrast:high',
    elderRules: true,
    elder: { setting: 'auto' },
    attempts: 1,
    durationMs: 1200,
    violations: [],
    review: [],
    passes: [],
    switchedOff: [],
    timings: {},
    ...overrides,
  };
}

const failing = page({
  violations: [
    {
      check: 'elder-text-size',
      source: 'axe',
      outcome: 'failed',
      impact: 'serious',
      help: 'Text must be at least 18 px in elder mode',
      description: 'd',
      helpUrl: 'https://example.com/elder-text-size',
      wcag: [],
      miit: ['1.1'],
      fixHint: fixHintFor('elder-text-size', ''),
      nodes: [{ selector: '.tiny', html: '<span class="tiny">x</span>', summary: '12px < 18px', screenshot: '0000-1.png' }],
    },
    {
      check: 'reflow',
      source: 'elder-audit',
      outcome: 'failed',
      help: 'Content reflows at 320 CSS px',
      description: 'd',
      helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/reflow.html',
      wcag: ['1.4.10'],
      miit: [],
      fixHint: fixHintFor('reflow', ''),
      nodes: [{ selector: '.banner', html: '<div class="banner">', summary: 'too wide' }],
    },
  ],
  review: [
    {
      check: 'color-contrast',
      source: 'axe',
      outcome: 'cantTell',
      help: 'Elements must meet minimum color contrast ratio thresholds',
      description: 'd',
      helpUrl: 'https://example.com/color-contrast',
      wcag: ['1.4.3'],
      miit: [],
      fixHint: 'f',
      nodes: [{ selector: '.over-image', html: '<p>', summary: 'background image' }],
    },
  ],
  passes: [
    { check: 'image-alt', source: 'axe', wcag: ['1.1.1'], miit: [] },
    { check: 'reflow', source: 'elder-audit', wcag: ['1.4.10'], miit: [] },
  ],
});

const passing = page({ themeName: 'standard-light-standard', elderRules: false, passes: [{ check: 'image-alt', source: 'axe', wcag: ['1.1.1'], miit: [] }] });

function report(pages: PageResult[]): AuditReport {
  const { wcag, miit } = summarise(pages);
  return {
    tool: { name: 'elder-audit', version: '0.1.0', axeVersion: '4.14.1' },
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1000,
    input: { kind: 'storybook', source: ['/tmp/sb'] },
    themes: ['elder-dark-high'],
    elder: { setting: 'auto', thresholds: { ...defaultElderThresholds } },
    browser: { kind: 'launched', endpoints: [], reconnects: 0 },
    shard: { index: 1, total: 1 },
    totals: { pages: pages.length, errors: 0, violations: 2, violationNodes: 2, review: 1, reviewNodes: 1 },
    wcag,
    miit,
    switchedOff: switchedOffByStories(pages),
    pages,
  };
}

describe('criteria', () => {
  it('reads WCAG criteria and MIIT clauses from axe tags', () => {
    expect(wcagFromTags(['wcag2aa', 'wcag143', 'wcag1411', 'wcag2411', 'best-practice'])).toEqual(['1.4.3', '1.4.11', '2.4.11']);
    expect(miitFromTags(['elder', 'miit-1.1', 'miit-2.1'])).toEqual(['1.1', '2.1']);
  });

  it('links criteria to their WCAG 2.2 anchors', () => {
    expect(wcagSlug('1.4.3')).toBe('contrast-minimum');
    expect(wcagSlug('3.3.4')).toBe('error-prevention-legal-financial-data');
    expect(wcagUrl('2.5.8')).toBe('https://www.w3.org/TR/WCAG22/#target-size-minimum');
  });
});

describe('summarise', () => {
  it('rolls up fail over review over pass, per criterion and clause, counting pages', () => {
    const { wcag, miit } = summarise([failing, passing]);
    const row = (id: string) => wcag.find((r) => r.id === id)!;
    expect(row('1.4.10')).toMatchObject({ outcome: 'failed', failed: 1, passed: 0 });
    expect(row('1.4.3')).toMatchObject({ outcome: 'cantTell', cantTell: 1 });
    expect(row('1.1.1')).toMatchObject({ outcome: 'passed', passed: 2 });
    expect(row('2.4.5').outcome).toBe('untested');
    expect(miit.find((r) => r.id === '1.1')).toMatchObject({ outcome: 'failed', checks: ['elder-text-size'] });
  });
});

describe('toEarl', () => {
  it('asserts each page × check × criterion with an EARL outcome, keeping needs-review as cantTell', () => {
    const earl = toEarl(report([failing]));
    expect(earl['@context']).toMatchObject({ '@vocab': 'http://www.w3.org/ns/earl#' });
    const outcomes = earl['@graph'].map((a) => [a.test.title, a.test.isPartOf, a.result.outcome]);
    expect(outcomes).toContainEqual(['reflow', 'https://www.w3.org/TR/WCAG22/#reflow', 'earl:failed']);
    expect(outcomes).toContainEqual(['color-contrast', 'https://www.w3.org/TR/WCAG22/#contrast-minimum', 'earl:cantTell']);
    expect(outcomes).toContainEqual(['image-alt', 'https://www.w3.org/TR/WCAG22/#non-text-content', 'earl:passed']);
    const assertion = earl['@graph'][0]!;
    expect(assertion).toMatchObject({ '@type': 'Assertion', mode: 'earl:automatic', subject: { source: failing.url, title: 'Button / Primary (elder-dark-high)' } });
  });
});

describe('toHtml', () => {
  it('is one self-contained page with the summary, each failure, its crop and fix hint', () => {
    const html = toHtml(report([failing, passing]), new Map([['0000-1.png', new Uint8Array([1, 2, 3])]]));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<link |<script /);
    expect(html).toContain('data:image/png;base64,AQID');
    expect(html).toContain('<code>.tiny</code>');
    expect(html).toContain('How to fix:');
    expect(html).toContain('Needs review');
    expect(html).toContain('MIIT 1.1');
    expect(html).toContain('1.4.10 Reflow');
  });

  it('puts the MIIT clause table beside the WCAG table, naming the checks of a clause no page tested', () => {
    const html = toHtml(report([passing]));
    const grid = html.slice(html.indexOf('<div class="criteria">'), html.indexOf('</div>', html.indexOf('<div class="criteria">')));
    expect(grid.indexOf('WCAG 2.2 success criteria')).toBeGreaterThan(0);
    expect(grid.indexOf('MIIT aging-friendly specification')).toBeGreaterThan(grid.indexOf('WCAG 2.2 success criteria'));
    // No page was judged as elder mode: 2.1 is not tested, and the row says which check would judge it.
    expect(grid).toMatch(/2\.1 Component focus area[^]*?class="untested">Not tested<\/td><td>0<\/td><td>0<\/td><td>0<\/td><td><code>elder-target-size<\/code>/);
  });

  it('states the elder setting and thresholds, and each page\'s judgement', () => {
    const html = toHtml({ ...report([failing]), elder: { setting: 'on', scope: '#seniors', thresholds: { ...defaultElderThresholds, textSize: 20 } } });
    expect(html).toContain('Elder rules (<code>--elder on</code>): on every page inside <code>#seniors</code>, whatever it says about itself. Thresholds: text ≥ 20 px');
    expect(html).toContain('judged by <code>--elder auto</code>: elder rules ran');
  });

  it('shows the baseline: new, known and fixed', () => {
    const withNew = page({ violations: [{ ...failing.violations[0]!, nodes: [{ ...failing.violations[0]!.nodes[0]!, baseline: 'new' as const }] }] });
    const html = toHtml({
      ...report([withNew]),
      baseline: { file: '/repo/a11y-baseline.json', new: 1, unchanged: 4, fixed: [{ rule: 'reflow', page: 'button--primary', theme: 'elder-dark-high', selector: '.banner' }], updated: false },
    });
    expect(html).toContain('<strong class="failed">1 new</strong>, 4 already known (they do not fail the run), 1 fixed since.');
    expect(html).toContain('<td><code>reflow</code></td><td>button--primary</td><td>elder-dark-high</td><td><code>.banner</code></td>');
    expect(html).toContain('<span class="failed">(new)</span>');
  });

  it('lists the checks stories switched off, once per story, with the file that says why', () => {
    const matrix = { id: 'theme-matrix--all', title: 'Theme matrix / All', url: 'http://127.0.0.1/iframe.html?id=theme-matrix--all', kind: 'story' as const, source: './ThemeMatrix.stories.tsx' };
    const pages = [
      page({ target: matrix, switchedOff: ['color-contrast-enhanced', 'elder-text-size'] }),
      page({ target: matrix, themeName: 'elder-light-standard', switchedOff: ['color-contrast-enhanced', 'elder-text-size'] }),
      page({ switchedOff: ['elder-text-size'] }),
      passing,
    ];
    const summary = switchedOffByStories(pages);
    expect(summary).toEqual([
      { check: 'color-contrast-enhanced', stories: [{ id: matrix.id, title: matrix.title, source: matrix.source }] },
      {
        check: 'elder-text-size',
        stories: [
          { id: 'button--primary', title: 'Button / Primary' },
          { id: matrix.id, title: matrix.title, source: matrix.source },
        ],
      },
    ]);
    const html = toHtml(report(pages));
    expect(html).toContain('Checks switched off by stories (2)');
    expect(html).toContain('<code>./ThemeMatrix.stories.tsx</code>');
    expect(html).toContain('switched off by the story: <code>color-contrast-enhanced</code>, <code>elder-text-size</code>');
    expect(toHtml(report([passing]))).toContain('None: every check ran on every page.');
    expect(toHtml({ ...report(pages), input: { kind: 'storybook', source: ['/tmp/sb'], storyRules: 'ignore' } })).toContain('were ignored (<code>--ignore-story-rules</code>)');
  });

  it('escapes page content', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

describe('renderBar', () => {
  it('draws done of total and cuts the label to the width', () => {
    const line = renderBar(5, 10, 'Components/Button / A very long story name (elder-dark-high)', 1, 60);
    expect(line.startsWith('[##########··········] 5/10  1 failing  ')).toBe(true);
    expect(line.length).toBeLessThanOrEqual(60);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('applyBaseline', () => {
  it('marks each element new or unchanged, and counts as fixed only what is gone from pages audited here', () => {
    const audited = report([failing]);
    const entries = baselineEntries(audited);
    expect(entries).toEqual([
      { rule: 'elder-text-size', page: 'button--primary', theme: 'elder-dark-high', selector: '.tiny' },
      { rule: 'reflow', page: 'button--primary', theme: 'elder-dark-high', selector: '.banner' },
    ]);
    const gone = { rule: 'image-alt', page: 'button--primary', theme: 'elder-dark-high', selector: 'img' };
    // A page of another shard (or theme) was not audited here: its entries are neither new nor fixed.
    const elsewhere = { rule: 'image-alt', page: 'card--basic', theme: 'elder-dark-high', selector: 'img' };
    const fresh = JSON.parse(JSON.stringify(audited)) as AuditReport;
    applyBaseline(fresh, [entries[0]!, gone, elsewhere], 'b.json');
    expect(fresh.baseline).toEqual({ file: 'b.json', new: 1, unchanged: 1, fixed: [gone], updated: false });
    expect(fresh.pages[0]!.violations.map((f) => f.nodes[0]!.baseline)).toEqual(['unchanged', 'new']);
  });

  it('fixes nothing on a page that could not be audited', () => {
    const broken = report([page({ error: 'Could not load' })]);
    applyBaseline(broken, [{ rule: 'reflow', page: 'button--primary', theme: 'elder-dark-high', selector: '.banner' }], 'b.json');
    expect(broken.baseline!.fixed).toEqual([]);
  });
});
