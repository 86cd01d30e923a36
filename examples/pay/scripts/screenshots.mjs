// The README's screenshots: home and send money, in standard and elder mode, on a phone-sized
// screen, written to docs/images/ at the repository root. Needs the production build.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { app, startServer } from './serve.mjs';

const images = join(app, '..', '..', 'docs', 'images');
mkdirSync(images, { recursive: true });
const { url, stop } = await startServer({ quiet: true });
const browser = await chromium.launch({
  executablePath: process.env.EUI_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const mode of ['standard', 'elder']) {
    const context = await browser.newContext({ viewport: { width: 390, height: 760 }, reducedMotion: 'reduce' });
    const { hostname } = new URL(url);
    const theme = encodeURIComponent(JSON.stringify({ mode, scheme: 'light', contrast: 'standard' }));
    await context.addCookies([
      { name: 'eui-theme', value: theme, domain: hostname, path: '/' },
      { name: 'pay-prompted', value: '1', domain: hostname, path: '/' },
    ]);
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await page.screenshot({ path: join(images, `pay-home-${mode}.png`) });
    await page.getByRole('link', { name: 'Send money' }).click();
    await page.getByRole('button', { name: /Li Na/ }).click();
    await page.locator('#amount').fill('1250.00');
    await page.locator('#amount').blur();
    await page.getByRole('heading', { name: 'How much' }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(images, `pay-send-${mode}.png`) });
    await context.close();
  }
} finally {
  await browser.close();
  stop();
}
console.log(`Screenshots written to ${images}`);
