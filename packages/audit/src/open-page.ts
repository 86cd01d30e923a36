/** Opening a page in a theme: a URL with the theme on `<html>`, or a story with Storybook globals. */
import { themeAttributes, themeStorageKey } from '@elder-ui/tokens/contract';
import type { Page } from 'playwright-core';
import { firstLine } from './errors.ts';
import { installHelpers, resetPage } from './page-checks.ts';
import { storybookGlobals } from './themes.ts';
import type { AuditTarget, Theme } from './types.ts';

/** One page in one theme; `index` is its place in the report. */
export interface Job {
  index: number;
  target: AuditTarget;
  theme: Theme | null;
}

/** The URL a job opens: a story gets its theme through Storybook globals. */
export function jobUrl(target: AuditTarget, theme: Theme | null): string {
  return target.kind === 'story' && theme ? `${target.url}&globals=${storybookGlobals(theme)}` : target.url;
}

/** Waits for web fonts and two frames, so what is measured next is what is drawn. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * Switches the story already shown to another theme: updates Storybook's globals, then remounts
 * the story so it starts from a fresh state. False when the preview does not allow it.
 */
async function switchStoryTheme(page: Page, theme: Theme, timeoutMs: number): Promise<boolean> {
  await page.emulateMedia({ forcedColors: 'none' });
  await page.evaluate(resetPage);
  return page.evaluate(
    async ({ globals, attributes, timeout }) => {
      type Preview = {
        onUpdateGlobals?: (args: { globals: object }) => Promise<void>;
        onForceRemount?: (args: { storyId: string }) => Promise<void>;
        currentRender?: { id?: string; phase?: string };
      };
      const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: Preview }).__STORYBOOK_PREVIEW__;
      const storyId = preview?.currentRender?.id;
      if (!preview?.onUpdateGlobals || !preview.onForceRemount || !storyId) return false;
      const work = (async () => {
        await preview.onUpdateGlobals!({ globals });
        await preview.onForceRemount!({ storyId });
        return true;
      })();
      const ok = await Promise.race([work, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeout))]);
      const phase = preview.currentRender?.phase;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      // The theme root must show the new theme (when the story has one on <html> at all).
      const html = document.documentElement;
      const themed = Object.entries(globals).every(([axis, value]) => {
        const name = attributes[axis as keyof typeof attributes];
        return !html.hasAttribute(name) || html.getAttribute(name) === value;
      });
      return ok && themed && (phase === 'finished' || phase === 'completed') && !document.body.classList.contains('sb-show-errordisplay');
    },
    { globals: { mode: theme.mode, scheme: theme.scheme, contrast: theme.contrast }, attributes: themeAttributes, timeout: timeoutMs },
  );
}

/** Waits for Storybook to finish rendering the story; throws if it failed or took too long. */
async function waitForStory(page: Page, job: Job, timeoutMs: number): Promise<void> {
  try {
    await page.waitForFunction(
      () => {
        const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__;
        const phase = preview?.currentRender?.phase;
        return phase === 'completed' || phase === 'finished' || phase === 'errored' || phase === 'aborted' || document.body.classList.contains('sb-show-errordisplay');
      },
      undefined,
      { timeout: timeoutMs, polling: 100 },
    );
  } catch {
    throw new Error(`Story ${job.target.id} did not finish rendering within ${timeoutMs} ms`);
  }
  const failure = await page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay') ? (document.querySelector('#error-message')?.textContent ?? 'unknown error') : null,
  );
  if (failure) throw new Error(`Story ${job.target.id} failed to render: ${failure.trim().slice(0, 300)}`);
}

/**
 * Shows a job's page in its theme, ready for the checks. A story already `loaded` in the tab is
 * switched to the theme in place when Storybook allows it; anything else is loaded afresh.
 *
 * @throws {Error} When the page does not load or the story does not render.
 */
export async function openJob(page: Page, job: Job, timeoutMs: number, loaded: boolean): Promise<void> {
  if (loaded && job.target.kind === 'story' && job.theme && (await switchStoryTheme(page, job.theme, timeoutMs).catch(() => false))) {
    await settle(page);
    await page.evaluate(installHelpers);
    return;
  }
  const url = jobUrl(job.target, job.theme);
  // A page built with the kit keeps its theme in storage and puts it back on <html> when it
  // hydrates, after the load: the theme is stored before any of the page's scripts run, so the
  // page starts in it (ThemeInitScript) and keeps it (ThemeProvider).
  const stored = job.target.kind === 'url' && job.theme ? await page.addInitScript(storeTheme, { key: themeStorageKey, theme: job.theme }) : null;
  let response;
  try {
    response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  } catch (error) {
    throw new Error(`Could not load ${url}: ${firstLine(error).replace(/^page\.goto: /, '')}`);
  } finally {
    await stored?.dispose();
  }
  if (response && response.status() >= 400) throw new Error(`Could not load ${url}: HTTP ${response.status()} ${response.statusText()}`);
  if (job.target.kind === 'story') await waitForStory(page, job, timeoutMs);
  else if (job.theme) {
    // Any other page gets the theme on <html>; once more after it settles, in case its own
    // scripts put theirs back as they started.
    await applyTheme(page, job.theme);
    await settle(page);
    await applyTheme(page, job.theme);
  }
  await settle(page);
  await page.evaluate(installHelpers);
}

/** Runs in the page before its own scripts: stores the theme where the kit's pages look for it. */
function storeTheme({ key, theme }: { key: string; theme: Theme }): void {
  try {
    localStorage.setItem(key, JSON.stringify({ mode: theme.mode, scheme: theme.scheme, contrast: theme.contrast }));
  } catch {
    // Storage refused (opaque origin, disabled): the attributes are still set after the load.
  }
}

/** Puts the theme's attributes on <html>, leaving alone those already right. */
async function applyTheme(page: Page, theme: Theme): Promise<void> {
  await page.evaluate(
    ({ attributes, theme }) => {
      const html = document.documentElement;
      for (const [axis, name] of Object.entries(attributes)) {
        const value = theme[axis as keyof typeof theme];
        if (html.getAttribute(name) !== value) html.setAttribute(name, value);
      }
    },
    { attributes: themeAttributes, theme },
  );
}
