import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ElderAxeRulesGlobal } from './browser.ts';
import { mountFixture, unmountFixture } from './test-helpers.ts';

afterEach(() => {
  unmountFixture();
});

describe('the script build entry', () => {
  it('registers the rules on window.axe and exposes window.ElderAxeRules', async () => {
    axe.reset();
    expect((window as { axe?: unknown }).axe).toBe(axe);
    await import('./browser.ts');
    const api = (window as { ElderAxeRules?: ElderAxeRulesGlobal }).ElderAxeRules;
    expect(api).toBeDefined();
    expect(api!.hasElderRules(axe)).toBe(true);

    const container = mountFixture({ html: '<p style="font-size:12px;line-height:1.6">Small</p>' });
    const results = await api!.runElderAudit(container, { enhancedContrast: false });
    expect(results.violations.map((r) => r.id)).toEqual(['elder-text-size']);
  });
});
