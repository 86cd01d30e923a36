// Every screen of the app, in each of the eight themes, through axe-core (WCAG 2.2 A/AA, AAA
// contrast in elder and high-contrast themes) and the kit's elder rules in elder mode.
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, themeCookie, themeName, themes, visitor, type Theme } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Walks every screen and state a person meets, running axe on each. */
async function walk(page: Page, theme: Theme): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const check = async (screen: string) => {
    found[screen] = await axeViolations(page, theme);
  };

  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
  if (theme.mode === 'standard') {
    await page.getByRole('heading', { name: 'Larger text and simpler screens?' }).waitFor();
    await check('home, first visit (elder-mode prompt)');
    await page.getByRole('button', { name: 'Not now' }).click();
  }
  await check('home');

  await page.getByRole('link', { name: 'Send money' }).click();
  await page.getByRole('heading', { name: 'Who gets the money' }).waitFor();
  await check('send: choose a payee');
  await page.getByRole('button', { name: /Someone new/ }).click();
  await page.getByRole('textbox', { name: /Their full name/ }).fill('Ana Wu');
  await page.getByRole('textbox', { name: /Their account number/ }).fill('6222 0202 0000 1234 567');
  await check('send: new payee');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'How much' }).waitFor();
  await page.locator('#amount').fill('6000.00');
  await page.getByRole('alert').filter({ hasText: 'You have never sent money to this person' }).waitFor();
  await page.getByRole('radio', { name: 'In 2 hours' }).check();
  await check('send: amount, fraud warning and delayed arrival');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  await check('send: check your answers');
  await page.getByRole('button', { name: 'Send ¥6,000.00' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Send this money?' });
  await dialog.waitFor();
  await check('send: confirmation');
  await dialog.getByRole('checkbox').check();
  await dialog.getByRole('button', { name: 'Send ¥6,000.00' }).click();
  await page.getByRole('heading', { name: 'Enter your PIN' }).waitFor();
  await check('send: PIN');
  await page.locator('#pin').pressSequentially('246810');
  await page.getByRole('button', { name: 'Pay now' }).click();
  await page.getByRole('heading', { name: 'Money sent' }).waitFor();
  await check('send: receipt');

  await page.getByRole('link', { name: 'Bills' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bills' }).waitFor();
  await check('bills');
  await page.getByRole('button', { name: /Water/ }).click();
  await page.getByRole('dialog').waitFor();
  await check('bills: details sheet');
  await page.keyboard.press('Escape');

  for (const [path, title] of [
    ['/settings', 'Settings'],
    ['/top-up', 'Top up'],
    ['/family', 'Family'],
    ['/help', 'Help'],
  ] as const) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await check(title.toLowerCase());
  }
  return found;
}

describe.each(themes.map((theme) => [themeName(theme), theme] as const))('every screen in %s', (name, theme) => {
  it('has no axe violations (WCAG 2.2 A/AA, AAA contrast where it applies, elder rules) and no page errors', async () => {
    const context = await visitor(browser, { 'eui-theme': themeCookie(theme) });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    try {
      const found = await walk(page, theme);
      expect(Object.keys(found).length, name).toBeGreaterThanOrEqual(13);
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((screen) => [screen, []])));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
