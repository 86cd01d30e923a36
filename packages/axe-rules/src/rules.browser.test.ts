import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { elderFixtures } from './fixtures.ts';
import { elderRuleIds } from './types.ts';
import { formatViolations } from './format.ts';
import { mountFixture, runFixture, unmountFixture } from './test-helpers.ts';

/** Emulates `prefers-reduced-motion` for code that asks `matchMedia`. */
function emulateReducedMotion(value: 'reduce' | 'no-preference') {
  const real = window.matchMedia.bind(window);
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => {
    if (!query.includes('prefers-reduced-motion')) return real(query);
    const matches = query.includes(value);
    return { ...real(query), matches, media: query } as MediaQueryList;
  });
}

afterEach(() => {
  unmountFixture();
  vi.restoreAllMocks();
});

describe.each(elderRuleIds)('%s', (ruleId) => {
  const fixtures = elderFixtures.filter((fixture) => fixture.rule === ruleId);

  it('has fixtures that pass and fixtures that fail', () => {
    expect(fixtures.some((f) => f.expect === 'pass')).toBe(true);
    expect(fixtures.some((f) => f.expect === 'fail')).toBe(true);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async (_name, fixture) => {
    const container = mountFixture(fixture);
    if (fixture.emulate?.reducedMotion) emulateReducedMotion(fixture.emulate.reducedMotion);
    const results = await runFixture(fixture, container);
    const group = { pass: results.passes, fail: results.violations, review: results.incomplete }[fixture.expect];
    const report = formatViolations(results, { incomplete: true });

    if (fixture.expect === 'pass') {
      expect(results.violations, report).toHaveLength(0);
      expect(results.incomplete, report).toHaveLength(0);
    } else if (fixture.expect === 'fail') {
      expect(results.violations.length, report).toBeGreaterThan(0);
    } else {
      expect(results.violations, report).toHaveLength(0);
      expect(results.incomplete.length, report).toBeGreaterThan(0);
    }
    if (fixture.target) {
      const target = container.querySelector(fixture.target);
      expect(target, `fixture target ${fixture.target}`).not.toBeNull();
      const reported = group.flatMap((result) => result.nodes.map((node) => node.element));
      expect(reported, `${fixture.target} should be in ${fixture.expect}\n${report}`).toContain(target);
    }
  });
});

describe('standard-mode parts of a page', () => {
  const html =
    '<div data-eui-mode="elder"><div data-eui-mode="standard"><button id="t" style="font-size:12px;width:20px;height:20px;padding:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">Pay the water bill</button></div></div>';

  it.each(['elder-text-size', 'elder-target-size', 'elder-no-truncation'] as const)('are skipped by %s, unless standardScopes is off', async (rule) => {
    const container = mountFixture({ html });
    const target = container.querySelector('#t');
    const skipped = await runFixture({ rule, name: '', html: '', expect: 'pass' }, container);
    const reported = [...skipped.violations, ...skipped.incomplete, ...skipped.passes].flatMap((r) => r.nodes.map((n) => n.element));
    expect(reported).not.toContain(target);
    const judged = await runFixture({ rule, name: '', html: '', expect: 'fail', ruleOptions: { standardScopes: false } }, container);
    expect(judged.violations.flatMap((r) => r.nodes.map((n) => n.element))).toContain(target);
  });
});

describe('what the checks report', () => {
  it('quotes the measured size and the minimum in the message', async () => {
    const container = mountFixture({ html: '<p style="font-size:16px">Terms apply.</p>' });
    const results = await runFixture({ rule: 'elder-text-size', name: '', html: '', expect: 'fail' }, container);
    expect(results.violations[0]?.nodes[0]?.failureSummary).toContain('Text is 16 px; elder mode needs at least 18 px');
  });

  it('names the colours and ratio of failing text', async () => {
    const container = mountFixture({ html: '<p style="color:#767676;background:#fff">Grey</p>' });
    const results = await runFixture({ rule: 'elder-contrast', name: '', html: '', expect: 'fail' }, container);
    const summary = results.violations[0]?.nodes[0]?.failureSummary ?? '';
    expect(summary).toMatch(/Text contrast is 4\.5\d?:1 \(#767676 on #ffffff\); elder mode needs 7:1/);
  });

  it('says a primary action needs the larger size', async () => {
    const container = mountFixture({
      html: '<button data-eui-target="primary" style="all:unset;display:block;width:100px;height:50px">Pay</button>',
    });
    const results = await runFixture({ rule: 'elder-target-size', name: '', html: '', expect: 'fail' }, container);
    expect(results.violations[0]?.nodes[0]?.failureSummary).toContain('Primary action or list row is 100×50 px');
  });

  it('takes thresholds per run, keeping the registered ones for the rest', async () => {
    const container = mountFixture({ html: '<p style="font-size:20px">Twenty pixels.</p>' });
    await runFixture({ rule: 'elder-text-size', name: '', html: '', expect: 'pass' }, container);
    const results = await axe.run(container, {
      runOnly: { type: 'rule', values: ['elder-text-size'] },
      checks: { 'elder-text-size': { options: { minSize: 22 } } },
    } as axe.RunOptions);
    expect(results.violations).toHaveLength(1);
  });
});
