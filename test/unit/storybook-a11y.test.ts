import { elderRuleIds } from '@elder-ui/axe-rules';
import { describe, expect, it } from 'vitest';
import { a11yForTheme } from '../../.storybook/a11y-parameters';

const elder = { mode: 'elder', scheme: 'light', contrast: 'standard' };
const standard = { mode: 'standard', scheme: 'light', contrast: 'standard' };
const high = { mode: 'standard', scheme: 'dark', contrast: 'high' };

describe("the Storybook's per-theme a11y parameters", () => {
  it('select the elder rules and AAA contrast only in the themes that ask for them', () => {
    const tags = (globals: Record<string, unknown>) => (a11yForTheme({}, globals).options!.runOnly as { values: string[] }).values;
    expect(tags(elder)).toContain('elder');
    expect(tags(standard)).not.toContain('elder');
    expect(a11yForTheme({}, elder).options!.rules).toEqual({ 'color-contrast-enhanced': { enabled: true } });
    expect(a11yForTheme({}, high).options!.rules).toEqual({ 'color-contrast-enhanced': { enabled: true } });
    expect(a11yForTheme({}, standard).options!.rules).toEqual({});
  });

  it("keep a story's own switches on top", () => {
    const parameters = { a11y: { test: 'error', options: { rules: { 'color-contrast-enhanced': { enabled: false } } } } };
    const a11y = a11yForTheme(parameters, elder);
    expect(a11y.test).toBe('error');
    expect(a11y.options!.rules).toEqual({ 'color-contrast-enhanced': { enabled: false } });
  });

  it('derive each render from the story as written, not from the previous theme', () => {
    // Storybook passes the same parameters object to every render of a story, as when the
    // toolbar flips from elder to standard mode.
    const parameters: { a11y?: Parameters<typeof a11yForTheme>[0]['a11y'] } = {
      a11y: { options: { rules: { 'page-has-heading-one': { enabled: false } } } },
    };
    parameters.a11y = a11yForTheme(parameters, elder);
    const registered = parameters.a11y.config!.rules!.length;
    expect(registered).toBe(elderRuleIds.length);
    parameters.a11y = a11yForTheme(parameters, standard);
    expect(parameters.a11y.options!.rules).toEqual({ 'page-has-heading-one': { enabled: false } });
    expect(parameters.a11y.config!.rules).toHaveLength(registered);
  });
});
