import axe from 'axe-core';

/**
 * Rules that need layout or painted colour, which jsdom does not have. They are
 * not dropped: the Storybook projects run them on every story in real Chromium,
 * in all eight themes.
 */
const needsABrowser = ['color-contrast', 'color-contrast-enhanced', 'target-size', 'link-in-text-block', 'scrollable-region-focusable'];

/** Runs axe's WCAG 2.2 A/AA and best-practice rules that jsdom can judge. */
export async function axeViolations(context: Element = document.body) {
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: Object.fromEntries([
      ...needsABrowser.map((id) => [id, { enabled: false }]),
      // A test renders a fragment, not a page.
      ['region', { enabled: false }],
      ['page-has-heading-one', { enabled: false }],
      ['landmark-one-main', { enabled: false }],
    ]),
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
