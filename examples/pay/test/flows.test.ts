// The promises of the app, end to end in Chromium against the production build: a transfer
// with the keyboard alone, no flash of the wrong theme, no marketing in elder mode, bad input
// answered in words with nothing lost, and the first-visit prompt remembered.
import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { focusedName, launch, tabTo, themeCookie, themed, visitor, type Theme } from './support';

let browser: Browser;
let context: BrowserContext | undefined;
beforeAll(async () => {
  browser = await launch();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(() => browser?.close());

const standard: Theme = { mode: 'standard', scheme: 'light', contrast: 'standard' };
const elderDark: Theme = { mode: 'elder', scheme: 'dark', contrast: 'standard' };

async function open(cookies: Record<string, string>, path = '/'): Promise<Page> {
  context = await visitor(browser, cookies);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** Clicks from home to the amount step with a saved payee. */
async function toAmount(page: Page, payee = 'Li Na') {
  await page.getByRole('link', { name: 'Send money' }).click();
  await page.getByRole('button', { name: new RegExp(payee) }).click();
  await page.getByRole('heading', { name: 'How much' }).waitFor();
}

/** Goes on from the amount step to the PIN, through the check and the confirmation. */
async function toPin(page: Page, amountLabel: string) {
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: `Send ${amountLabel}` }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('checkbox').check();
  await dialog.getByRole('button', { name: `Send ${amountLabel}` }).click();
  await page.getByRole('heading', { name: 'Enter your PIN' }).waitFor();
}

/** The mean luminance (0–1) of a screenshot, decoded by Chromium itself. */
async function luminance(png: Buffer): Promise<number> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context2d = canvas.getContext('2d')!;
      context2d.drawImage(image, 0, 0);
      const { data: pixels } = context2d.getImageData(0, 0, image.width, image.height);
      let sum = 0;
      for (let i = 0; i < pixels.length; i += 4) sum += (0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]!) / 255;
      return sum / (pixels.length / 4);
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

const themeOf = (page: Page) =>
  page.evaluate(() => {
    const html = document.documentElement;
    return { mode: html.dataset.euiMode, scheme: html.dataset.euiScheme, textSize: html.dataset.euiTextSize };
  });

describe.each([
  ['standard', standard],
  ['elder', { ...standard, mode: 'elder' } as Theme],
] as const)('a transfer with the keyboard alone, in %s mode', (_name, theme) => {
  it('goes from home to the receipt without a pointer', async () => {
    const page = await open(themed(theme));
    await tabTo(page, /link "Send money"/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Who gets the money' }).waitFor();

    await tabTo(page, /searchbox "Find a saved payee/);
    await page.keyboard.type('Li');
    await tabTo(page, /button "Li Na/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'How much' }).waitFor();
    expect(await focusedName(page)).toMatch(/heading "How much"/);

    await tabTo(page, /textbox "Amount in yuan"/);
    await page.keyboard.type('1250.00');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Check your answers' }).waitFor();

    await tabTo(page, /button "Send ¥1,250.00"/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Send this money?' });
    await dialog.waitFor();
    // The safe choice has focus first.
    expect(await focusedName(page)).toMatch(/button "Cancel"/);
    await tabTo(page, /checkbox "I have checked the details above"/, { back: true });
    await page.keyboard.press('Space');
    await tabTo(page, /button "Send ¥1,250.00"/);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Enter your PIN' }).waitFor();
    await tabTo(page, /"Your 6-number PIN/);
    await page.keyboard.type('246810');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Money sent' }).waitFor();
    await expect(page.getByRole('status').filter({ hasText: '¥1,250.00 is on its way to Li Na.' }).count()).resolves.toBe(1);
    expect((await themeOf(page)).mode).toBe(theme.mode);
  });
});

/**
 * A screenshot as soon as the page has a frame to capture: right after the response starts,
 * Chromium may have nothing drawn yet and refuses ("Unable to capture screenshot"), so try again
 * every few milliseconds.
 */
async function firstFrame(page: Page): Promise<Buffer> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await page.screenshot();
    } catch (error) {
      if (attempt >= 40 || !String(error).includes('Unable to capture screenshot')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

describe('no flash of the wrong theme', () => {
  const cookies = themed(elderDark);

  it('the server sends elder + dark in the first byte, with no marketing', async () => {
    context = await visitor(browser, cookies);
    const html = await (await context.request.get('/')).text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en" data-eui-mode="elder" data-eui-scheme="dark" data-eui-contrast="standard" data-eui-text-size="100"/);
    expect(html).not.toContain('data-eui-marketing');
    expect(html).not.toContain('Save a little more');
  });

  it('the first paint, before any of the app’s JavaScript runs, is elder and dark', async () => {
    context = await visitor(browser, cookies);
    const page = await context.newPage();
    // No bundle may run: what shows is the server's HTML, the CSS and the init script alone.
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto('/', { waitUntil: 'load' });
    expect(await page.evaluate(() => 'next' in window && '__next_f' in window && document.querySelector('[data-eui-marketing]'))).toBeFalsy();
    expect(await themeOf(page)).toEqual({ mode: 'elder', scheme: 'dark', textSize: '100' });
    const bodyText = page.getByText('Available to send now');
    expect(parseFloat(await bodyText.evaluate((element) => getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(20);
    const first = await page.screenshot();
    expect(await luminance(first)).toBeLessThan(0.35);
  });

  it('hydrates without a warning, a CSP violation or a change of theme', async () => {
    context = await visitor(browser, cookies);
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.sourceFile}`));
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    await page.goto('/', { waitUntil: 'commit' });
    const early = await firstFrame(page);
    await page.waitForLoadState('networkidle');
    expect(await luminance(early)).toBeLessThan(0.35);
    expect(await themeOf(page)).toEqual({ mode: 'elder', scheme: 'dark', textSize: '100' });
    // Through the screens with the most moving parts: a sheet (scroll lock) and the send flow.
    await page.getByRole('link', { name: 'Bills', exact: true }).click();
    await page.getByRole('button', { name: /Water/ }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Home' }).click();
    await toAmount(page);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
    const serverLog = readFileSync(inject('serverLogFile'), 'utf8');
    expect(serverLog).not.toContain('CSP violation');
  });

  it('the policy is strict: a nonce and strict-dynamic, nothing inline', async () => {
    context = await visitor(browser, cookies);
    const policy = (await context.request.get('/')).headers()['content-security-policy'] ?? '';
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });
});

describe('marketing', () => {
  it('is absent from the DOM in elder mode, and shown in standard mode', async () => {
    let page = await open(themed(elderDark));
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    expect(await page.locator('[data-eui-marketing]').count()).toBe(0);
    expect(await page.getByText('Save a little more').count()).toBe(0);
    await context!.close();

    page = await open(themed(standard));
    await expect(page.getByText('Save a little more').isVisible()).resolves.toBe(true);
  });

  it('goes as soon as elder mode is switched on in Settings, and stays gone after a reload', async () => {
    const page = await open(themed(standard), '/settings');
    await page.getByRole('switch', { name: /elder mode/i }).check();
    expect((await themeOf(page)).mode).toBe('elder');
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    expect(await page.locator('[data-eui-marketing]').count()).toBe(0);
    await page.reload();
    expect(await page.locator('[data-eui-marketing]').count()).toBe(0);
    expect((await themeOf(page)).mode).toBe('elder');
  });
});

describe('bad input gets an error in words, and nothing is lost', () => {
  it('an amount like "12,34,5"', async () => {
    const page = await open(themed(standard));
    await toAmount(page);
    const amount = page.locator('#amount');
    await amount.fill('12,34,5');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(amount.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await amount.evaluate((input) => input.getAttribute('aria-describedby'))).toBeTruthy();
    const description = await amount.evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toMatch(/[a-z]{3,} [a-z]{3,}/i);
    expect(await amount.inputValue()).toBe('12,34,5');
    await expect(page.getByRole('heading', { name: 'How much' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Li Na').isVisible()).resolves.toBe(true);
    await amount.fill('12.34');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('button', { name: 'Send ¥12.34' }).isVisible()).resolves.toBe(true);
  });

  it('an amount is never rounded: ¥1,250.05 leaves exactly ¥11,330.45, and 0.001 is refused as typed', async () => {
    const page = await open(themed(standard));
    await toAmount(page);
    const amount = page.locator('#amount');
    await amount.fill('0.001');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(amount.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await amount.inputValue()).toBe('0.001');
    await amount.fill('1250.05');
    await toPin(page, '¥1,250.05');
    await page.locator('#pin').pressSequentially('246810');
    await page.getByRole('button', { name: 'Pay now' }).click();
    await page.getByText('¥1,250.05 is on its way to Li Na.').waitFor();
    await page.getByRole('link', { name: 'Back to home' }).click();
    await expect(page.getByTestId('balance').textContent()).resolves.toBe('¥11,330.45');
  });

  it('a PIN of letters', async () => {
    const page = await open(themed(standard));
    await toAmount(page);
    await page.locator('#amount').fill('20.00');
    await toPin(page, '¥20.00');
    const pin = page.locator('#pin');
    await pin.pressSequentially('abcdef');
    await expect(pin.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByText('Use numbers only').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Pay now' }).click();
    // Still the PIN step, still an error in words; a short PIN is said to be short.
    await expect(pin.getAttribute('aria-invalid')).resolves.toBe('true');
    await pin.pressSequentially('24');
    await page.getByRole('button', { name: 'Pay now' }).click();
    await expect(page.getByText('Enter all 6 numbers of your PIN.').isVisible()).resolves.toBe(true);
    // The transfer is still there behind the PIN.
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('button', { name: 'Send ¥20.00' }).isVisible()).resolves.toBe(true);
  });

  it('an over-long payee name', async () => {
    const page = await open(themed(standard));
    await page.getByRole('link', { name: 'Send money' }).click();
    await page.getByRole('button', { name: /Someone new/ }).click();
    const long = 'Wang Xiaoming Zhang Wei Li Na Chen Mei Siti Rahayu Liu';
    const name = page.getByRole('textbox', { name: /Their full name/ });
    await name.fill(long);
    await page.getByRole('textbox', { name: /Their account number/ }).fill('6222020200001234567');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText(`The name can have at most 40 letters. This one has ${long.length}: please shorten it.`).isVisible()).resolves.toBe(true);
    await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await name.inputValue()).toBe(long);
    expect(await page.getByRole('textbox', { name: /Their account number/ }).inputValue()).toBe('6222020200001234567');
    await name.fill('Liu Yang');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'How much' }).waitFor();
    await expect(page.getByRole('alert').filter({ hasText: 'You have never sent money to this person' }).isVisible()).resolves.toBe(true);
  });

  it('a corrupt theme cookie', async () => {
    const page = await open({ 'eui-theme': '%7Bbroken', 'pay-locale': 'zh-CN', 'pay-prompted': '1' });
    // The rest of what the visitor chose (the language) is kept; the theme falls back to the defaults.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect((await themeOf(page)).mode).toBe('standard');
    const alert = page.getByRole('alert').filter({ hasText: '无法读取您的显示设置' });
    await alert.waitFor();
    await alert.getByRole('button', { name: '保留标准设置' }).click();
    await expect(alert.count()).resolves.toBe(0);
    const cookie = (await context!.cookies()).find((entry) => entry.name === 'eui-theme');
    expect(JSON.parse(decodeURIComponent(cookie!.value))).toMatchObject({ mode: 'standard' });
    await page.reload();
    await page.getByRole('heading', { name: '我的账户' }).waitFor();
    expect(await page.getByText('无法读取您的显示设置').count()).toBe(0);
  });

  it('three wrong PINs lock sending, with the reason in words', async () => {
    const page = await open(themed(standard));
    await toAmount(page);
    await page.locator('#amount').fill('20.00');
    await toPin(page, '¥20.00');
    const tries = ['That PIN is not right. You can try 2 more times.', 'That PIN is not right. You can try once more.'];
    for (const words of tries) {
      await page.locator('#pin').pressSequentially('111111');
      await page.getByRole('button', { name: 'Pay now' }).click();
      await expect(page.getByText(words).isVisible()).resolves.toBe(true);
    }
    await page.locator('#pin').pressSequentially('111111');
    await page.getByRole('button', { name: 'Pay now' }).click();
    const locked = 'Sending is locked: the PIN was wrong 3 times. Your money has not moved. Call 95188 to unlock it.';
    await expect(page.getByRole('alert').filter({ hasText: locked }).isVisible()).resolves.toBe(true);
    expect(await page.locator('#pin').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Sending is locked');
    // Going back and trying again meets the same lock.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Send ¥20.00' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('checkbox').check();
    await dialog.getByRole('button', { name: 'Send ¥20.00' }).click();
    await page.getByRole('heading', { name: 'Enter your PIN' }).waitFor();
    await expect(page.getByText(locked).isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: 'Back to home' }).click();
    await expect(page.getByTestId('balance').textContent()).resolves.toBe('¥12,580.50');
  });
});

describe('the first visit', () => {
  it('offers elder mode once; "Not now" is remembered', async () => {
    const page = await open({});
    const prompt = page.getByRole('region', { name: 'Larger text and simpler screens?' });
    await prompt.getByRole('button', { name: 'Not now' }).click();
    expect(await prompt.count()).toBe(0);
    await expect(focusedName(page)).resolves.toMatch(/heading "Your account"/);
    await page.reload();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    expect(await prompt.count()).toBe(0);
    expect((await themeOf(page)).mode).toBe('standard');
  });

  it('"Yes" switches elder mode on, for this and every later visit', async () => {
    const page = await open({});
    await page.getByRole('button', { name: 'Yes, switch it on' }).click();
    expect((await themeOf(page)).mode).toBe('elder');
    const html = await (await context!.request.get('/')).text();
    expect(html).toContain('data-eui-mode="elder"');
    expect(html).not.toContain('Larger text and simpler screens?');
  });
});

describe('settings', () => {
  it('changes the language of the whole app, and keeps it', async () => {
    const page = await open(themed(standard), '/settings');
    await page.getByRole('radio', { name: '简体中文' }).click();
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('heading', { name: '我的账户' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: '我的账户' }).waitFor();
  });

  it('sets the text size, which the server then renders', async () => {
    const page = await open(themed(standard), '/settings');
    await page.getByRole('radio', { name: /150/ }).check();
    expect((await themeOf(page)).textSize).toBe('150');
    const html = await (await context!.request.get('/settings')).text();
    expect(html).toContain('data-eui-text-size="150"');
  });
});

describe('help', () => {
  it('sits in the same place on every screen, in words', async () => {
    const page = await open(themed(standard));
    const places = new Set<string>();
    for (const path of ['/', '/send', '/bills', '/settings', '/top-up', '/family', '/help']) {
      await page.goto(path);
      const help = page.getByRole('button', { name: 'Help' });
      await expect(help.count()).resolves.toBe(1);
      expect(await help.textContent()).toContain('Help');
      const box = (await help.boundingBox())!;
      places.add(`${Math.round(box.x)},${Math.round(box.y)}`);
    }
    expect([...places]).toHaveLength(1);
  });
});

it('the theme cookie round-trips: what the app stores, the server reads', async () => {
  const page = await open({ 'pay-prompted': '1' }, '/settings');
  await page.getByRole('switch', { name: /elder mode/i }).check();
  const cookie = (await context!.cookies()).find((entry) => entry.name === 'eui-theme');
  expect(cookie?.value).toBe(themeCookie({ mode: 'elder' }));
});

it('a theme link (?theme=mode-scheme-contrast) opens the app in that theme and keeps it', async () => {
  const page = await open({ 'pay-prompted': '1', 'eui-theme': themeCookie({ textSize: 130 }) }, '/bills?theme=elder-dark-high');
  expect(await themeOf(page)).toEqual({ mode: 'elder', scheme: 'dark', textSize: '130' });
  const html = await (await context!.request.get('/')).text();
  expect(html).toContain('data-eui-mode="elder" data-eui-scheme="dark" data-eui-contrast="high" data-eui-text-size="130"');
  const nonsense = await (await context!.request.get('/?theme=huge-purple-loud')).text();
  expect(nonsense).toContain('data-eui-mode="elder"');
});

it('the packed kit, Radix and the app share exactly one React', () => {
  const app = join(import.meta.dirname, '..');
  const kit = realpathSync(join(app, 'node_modules', '@elder-ui', 'react', 'package.json'));
  expect(kit).toContain(join('examples', 'pay', '.kit', 'node_modules'));
  const radix = realpathSync(createRequire(kit).resolve('@radix-ui/react-dialog'));
  const reacts = [app + '/', kit, radix].map((from) => realpathSync(createRequire(from).resolve('react')));
  expect(new Set(reacts).size).toBe(1);
});
