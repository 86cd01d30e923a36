import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { formatViolations } from './format.ts';
import { getElderMessages } from './messages.ts';
import { elderPreset, elderRunOptions } from './preset.ts';
import { createElderRules, elderRules, hasElderRules, registerElderRules } from './rules.ts';
import { runElderAudit } from './run-elder-audit.ts';
import { mountFixture, nextFrame, unmountFixture } from './test-helpers.ts';
import { elderLocales, elderRuleIds } from './types.ts';

/** Every rule id that ran (in any result group, "inapplicable" included). */
function rulesThatRan(results: axe.AxeResults): Set<string> {
  return new Set(
    [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((r) => r.id),
  );
}

afterEach(() => {
  unmountFixture();
  axe.reset();
});

describe('registerElderRules', () => {
  it('adds the seven rules once, however often it is called', () => {
    registerElderRules(axe);
    registerElderRules(axe, { textSize: { minSize: 20 } });
    const ids = axe.getRules(['elder']).map((rule) => rule.ruleId);
    expect(ids.sort()).toEqual([...elderRuleIds].sort());
    expect(hasElderRules(axe)).toBe(true);
  });

  it('registers the rules switched off, so a plain axe.run leaves them out', async () => {
    registerElderRules(axe);
    const container = mountFixture({ html: '<p style="font-size:12px">Small</p>' });
    const ran = rulesThatRan(await axe.run(container));
    for (const id of elderRuleIds) expect(ran.has(id)).toBe(false);
  });

  it('can register the rules switched on', async () => {
    registerElderRules(axe, { enabled: true });
    const container = mountFixture({ html: '<p style="font-size:12px">Small</p>' });
    const results = await axe.run(container);
    expect(results.violations.map((r) => r.id)).toContain('elder-text-size');
  });

  it('tags each rule with elder and a WCAG criterion or MIIT clause', () => {
    registerElderRules(axe);
    for (const rule of axe.getRules(['elder'])) {
      expect(rule.tags).toContain('elder');
      expect(rule.tags.some((tag) => /^wcag\d{3,4}$/.test(tag) || /^miit-\d\.\d$/.test(tag)) || rule.ruleId === 'elder-icon-label').toBe(
        true,
      );
    }
  });

  it('writes help in Chinese when asked', async () => {
    registerElderRules(axe, { locale: 'zh-CN' });
    const container = mountFixture({ html: '<p style="font-size:12px">小字</p>' });
    const results = await axe.run(container, { runOnly: { type: 'rule', values: ['elder-text-size'] } });
    expect(results.violations[0]?.help).toBe('长辈模式下文字不得小于 18 像素');
    expect(results.violations[0]?.nodes[0]?.failureSummary).toContain('文字为 12 像素；长辈模式要求不小于 18 像素');
  });

  it('quotes configured thresholds in the help', () => {
    const spec = createElderRules({ targetSize: { minSize: 44, primaryMinSize: 56 } });
    const rule = spec.rules.find((r) => r.id === 'elder-target-size');
    expect(rule?.metadata?.help).toBe('Targets must be at least 44×44 px (56×56 px for primary actions and list rows)');
  });

  it('works through axe.configure(elderRules) on the global axe', async () => {
    axe.configure(elderRules);
    const container = mountFixture({ html: '<p style="font-size:12px">Small</p>' });
    const results = await axe.run(container, { runOnly: ['elder'] });
    expect(results.violations.map((r) => r.id)).toContain('elder-text-size');
  });
});

describe('getElderMessages', () => {
  it('has every rule and check message in every locale', () => {
    const en = getElderMessages('en');
    for (const locale of elderLocales) {
      const messages = getElderMessages(locale);
      expect(Object.keys(messages.rules).sort()).toEqual([...elderRuleIds].sort());
      expect(Object.keys(messages.checks).sort()).toEqual([...elderRuleIds].sort());
      for (const id of elderRuleIds) {
        const keys = (m: unknown) => (typeof m === 'string' ? ['(text)'] : Object.keys(m ?? {}).sort());
        expect(keys(messages.checks[id].pass), `${locale} ${id} pass`).toEqual(keys(en.checks[id].pass));
        expect(keys(messages.checks[id].fail), `${locale} ${id} fail`).toEqual(keys(en.checks[id].fail));
        expect(keys(messages.checks[id].incomplete), `${locale} ${id} incomplete`).toEqual(keys(en.checks[id].incomplete));
      }
    }
  });
});

describe('elderRunOptions', () => {
  const tinyButtons =
    '<div style="background:#fff"><button style="all:unset;display:inline-block;width:10px;height:10px;background:#000"></button><button style="all:unset;display:inline-block;width:10px;height:10px;background:#000"></button></div>';

  it('turns on the WCAG 2.2 rule target-size, which axe leaves off by default', async () => {
    registerElderRules(axe);
    const container = mountFixture({ html: tinyButtons });
    await nextFrame();
    expect(rulesThatRan(await axe.run(container)).has('target-size')).toBe(false);
    const results = await axe.run(container, elderRunOptions());
    expect(results.violations.map((r) => r.id)).toContain('target-size');
  });

  it('turns on color-contrast-enhanced (WCAG 1.4.6)', async () => {
    registerElderRules(axe);
    const container = mountFixture({ html: '<p style="color:#767676;background:#fff">Grey text</p>' });
    const results = await axe.run(container, elderPreset);
    const failed = results.violations.map((r) => r.id);
    expect(failed).toContain('color-contrast-enhanced');
    expect(failed).toContain('elder-contrast');
    expect(failed).not.toContain('color-contrast');
  });

  it('leaves the elder rules out when elder is false', async () => {
    registerElderRules(axe);
    const container = mountFixture({ html: '<p style="font-size:12px">Small</p>' });
    const ran = rulesThatRan(await axe.run(container, elderRunOptions({ elder: false })));
    expect(ran.has('color-contrast')).toBe(true);
    for (const id of elderRuleIds) expect(ran.has(id)).toBe(false);
  });

  it('lets a rule be switched off by id', () => {
    const options = elderRunOptions({ rules: { 'elder-motion': { enabled: false } }, tags: ['best-practice'] });
    expect(options.rules).toEqual({ 'color-contrast-enhanced': { enabled: true }, 'elder-motion': { enabled: false } });
    expect(options.runOnly).toEqual({
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'elder', 'best-practice'],
    });
  });
});

describe('runElderAudit', () => {
  it('registers the rules when missing and runs the whole preset', async () => {
    expect(hasElderRules(axe)).toBe(false);
    const container = mountFixture({
      html: '<p style="font-size:14px;color:#767676;line-height:1.2;background:#fff">Small grey text</p>',
    });
    const results = await runElderAudit(container);
    const failed = results.violations.map((r) => r.id).sort();
    expect(failed).toEqual(['color-contrast-enhanced', 'elder-contrast', 'elder-line-height', 'elder-text-size']);
  });

  it('passes a page built to the elder numbers', async () => {
    const container = mountFixture({
      html: `<main data-eui-mode="elder" style="font-size:20px;line-height:1.6;color:#000;background:#fff">
        <h1 style="font-size:30px">Bills</h1>
        <p>Your electricity bill is ready.</p>
        <button data-eui-target="primary" style="all:unset;display:inline-block;box-sizing:border-box;min-width:120px;min-height:60px;padding:12px;background:#000;color:#fff;font-size:22px">Pay now</button>
      </main>`,
    });
    const results = await runElderAudit(container);
    expect(results.violations, formatViolations(results)).toHaveLength(0);
  });
});

describe('formatViolations', () => {
  it('names the rule, its help, the element and the summary', async () => {
    const container = mountFixture({ html: '<p id="fine" style="font-size:12px">Fine print</p>' });
    const results = await runElderAudit(container, { enhancedContrast: false });
    const text = formatViolations(results);
    expect(text).toContain('elder-text-size (serious): Text must be at least 18 px in elder mode');
    expect(text).toContain('#fine');
    expect(text).toContain('<p id="fine" style="font-size:12px">');
    expect(text).toContain('Text is 12 px; elder mode needs at least 18 px');
    expect(text).toContain('tags: elder, cat.text, miit-1.1');
  });

  it('says so when there is nothing to report', () => {
    expect(formatViolations([])).toBe('No accessibility violations.');
  });
});
