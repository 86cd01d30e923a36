import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runElderAudit } from './run-elder-audit.ts';
import { mountFixture, unmountFixture } from './test-helpers.ts';
import { elderMatchers } from './vitest.ts';

beforeAll(() => {
  expect.extend(elderMatchers);
});

afterEach(() => {
  unmountFixture();
  axe.reset();
});

const good = '<p style="font-size:20px;line-height:1.6;color:#000;background:#fff">Readable</p>';
const bad = '<p id="fine" style="font-size:12px;line-height:1.6;color:#000;background:#fff">Fine print</p>';

describe('toHaveNoElderViolations', () => {
  it('passes on results without violations', async () => {
    const results = await runElderAudit(mountFixture({ html: good }));
    expect(results).toHaveNoElderViolations();
  });

  it('fails with the rule id, help, selector and summary', async () => {
    const results = await runElderAudit(mountFixture({ html: bad }));
    let message = '';
    try {
      expect(results).toHaveNoElderViolations();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('Expected no elder-mode or WCAG violations');
    expect(message).toContain('elder-text-size');
    expect(message).toContain('Text must be at least 18 px in elder mode');
    expect(message).toContain('#fine');
    expect(message).toContain('Text is 12 px; elder mode needs at least 18 px');
  });

  it('runs the audit itself when given an element', async () => {
    await expect(mountFixture({ html: good })).toHaveNoElderViolations();
    await expect(expect(mountFixture({ html: bad })).toHaveNoElderViolations()).rejects.toThrow(/elder-text-size/);
  });

  it('can be negated', async () => {
    const results = await runElderAudit(mountFixture({ html: bad }));
    expect(results).not.toHaveNoElderViolations();
    const clean = await runElderAudit(mountFixture({ html: good }));
    expect(() => expect(clean).not.toHaveNoElderViolations()).toThrow('but axe found none');
  });

  it('can fail on results that need review', async () => {
    const html =
      '<div style="background-image:linear-gradient(#fff,#eee)"><p style="font-size:20px;line-height:1.6;color:#000">On a gradient</p></div>';
    const results = await runElderAudit(mountFixture({ html }));
    expect(results).toHaveNoElderViolations();
    expect(() => expect(results).toHaveNoElderViolations({ failOnIncomplete: true })).toThrow(/elder-contrast/);
  });
});
