import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { inject } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../test/chromium.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);

export const baseURL = inject('baseURL');

/** The eight concrete themes, as the kit's contract lists them (standard mode first). */
export const themes = (['standard', 'elder'] as const).flatMap((mode) =>
  (['light', 'dark'] as const).flatMap((scheme) => (['standard', 'high'] as const).map((contrast) => ({ mode, scheme, contrast }))),
);
export type Theme = (typeof themes)[number];
export const themeName = ({ mode, scheme, contrast }: Theme) => `${mode}-${scheme}-${contrast}`;

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

/** A browser context holding the given cookies, as a returning visitor has them. */
export async function visitor(
  browser: Browser,
  cookies: Record<string, string> = {},
  viewport = { width: 412, height: 915 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport, reducedMotion: 'reduce' });
  const url = new URL(baseURL);
  await context.addCookies(Object.entries(cookies).map(([name, value]) => ({ name, value, domain: url.hostname, path: '/' })));
  return context;
}

/** The theme cookie as the kit's createCookieStorage writes it. */
export function themeCookie(settings: object): string {
  return encodeURIComponent(JSON.stringify(settings));
}

/** Cookies for a returning visitor in a theme, past the first-visit prompt. */
export function themed(theme: Theme, extra: Record<string, string> = {}): Record<string, string> {
  return { 'eui-theme': themeCookie(theme), 'pay-prompted': '1', ...extra };
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const elderRulesSource = readFileSync(join(root, 'packages', 'axe-rules', 'dist', 'elder-axe-rules.iife.js'), 'utf8');

/**
 * axe-core on the whole page with WCAG 2.2 A/AA, plus AAA contrast in elder and high-contrast
 * themes, plus the kit's elder rules in elder mode, as `elder-audit` runs them. Returns the
 * violations as short lines, so a failure says what and where.
 */
export async function axeViolations(page: Page, theme: Theme): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window && 'ElderAxeRules' in window))) {
    await page.addScriptTag({ content: axeSource });
    await page.addScriptTag({ content: elderRulesSource });
  }
  return page.evaluate(
    async ({ elder, enhanced }) => {
      type Result = { id: string; nodes: { target: unknown[]; failureSummary?: string }[] };
      const w = window as unknown as {
        axe: { run: (context: unknown, options: object) => Promise<{ violations: Result[] }>; getRules: () => { ruleId: string }[] };
        ElderAxeRules: { elderRunOptions: (options: object) => object; registerElderRules: (axe: unknown, options?: object) => unknown };
      };
      if (!w.axe.getRules().some((rule) => rule.ruleId.startsWith('elder-'))) w.ElderAxeRules.registerElderRules(w.axe);
      const { violations } = await w.axe.run(document, w.ElderAxeRules.elderRunOptions({ elder, enhancedContrast: enhanced }));
      return violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`.trim()),
      );
    },
    { elder: theme.mode === 'elder', enhanced: theme.mode === 'elder' || theme.contrast === 'high' },
  );
}

/**
 * Presses Tab (Shift+Tab with `back`) until the focused element's accessible name matches,
 * as a keyboard user would; fails after `limit` presses.
 */
export async function tabTo(page: Page, name: RegExp, { back = false, limit = 40 } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const focused = await focusedName(page);
    if (name.test(focused)) return;
  }
  throw new Error(`No element named ${name} was reached with ${limit} presses of ${back ? 'Shift+Tab' : 'Tab'}.`);
}

/** The accessible name of the focused element, as the accessibility tree has it. */
export async function focusedName(page: Page): Promise<string> {
  const snapshot = await page.locator(':focus').ariaSnapshot().catch(() => '');
  return snapshot.split('\n')[0] ?? '';
}
