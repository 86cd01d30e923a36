/** The keyboard walk: Tab through the page, checking that focus moves on, reaches everything and shows. */
import type { Page } from 'playwright-core';
import { clipAround, countChangedPixels, readPng, screenshot, type Box } from './crops.ts';
import { describeFocus, markTabbables, outlineWhenBlurred, resetFocus, unreached, type PageNode } from './page-checks.ts';

/** What a walk found. */
export interface Walk {
  /** Where Tab stopped moving (WCAG 2.1.2). */
  trap: PageNode[];
  /** What Tab should have reached and did not (2.1.1). */
  unreached: PageNode[];
  /** What shows no change when focused (2.4.7). */
  invisible: PageNode[];
}

/**
 * Presses Tab through the page, checking that each element reached shows its focus. `forced`:
 * the page is under forced colours (only the focus indicator is judged then).
 */
export async function keyboardWalk(page: Page, forced: boolean): Promise<Walk> {
  const walk: Walk = { trap: [], unreached: [], invisible: [] };
  const count = await page.evaluate(markTabbables);
  if (count === 0) return walk;
  await page.evaluate(resetFocus);
  const seen = new Set<string>();
  const reached: string[] = [];
  const groups: string[] = [];
  let previous: string | null = null;
  let stuck = 0;
  const limit = Math.min(count * 2 + 10, 150);
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(describeFocus);
    if (focus.kind === 'body' || !focus.id) break;
    if (focus.tab) reached.push(focus.tab);
    reached.push(...focus.within);
    if (focus.group) groups.push(focus.group);
    if (focus.id === previous && focus.kind !== 'frame') {
      if (++stuck >= 2) {
        walk.trap.push({ selector: focus.selector, html: focus.html, summary: 'Pressing Tab leaves the focus on this element: keyboard users cannot move on.' });
        break;
      }
      continue;
    }
    stuck = 0;
    if (seen.has(focus.id)) break;
    seen.add(focus.id);
    previous = focus.id;
    // An outline that appears on focus is a visible indicator; anything else is compared in screenshots.
    const outlined = focus.outlineVisible && (await page.evaluate(outlineWhenBlurred)) !== focus.outline;
    if (!outlined && focus.kind === 'element' && focus.rect && (await focusInvisible(page, focus.id, focus.rect))) {
      walk.invisible.push({
        selector: focus.selector,
        html: focus.html,
        summary: forced
          ? 'Under forced colours nothing visible changes when this element gets the keyboard focus.'
          : 'Nothing visible changes when this element gets the keyboard focus.',
      });
    }
  }
  // Behind a trap, what Tab cannot get to is unreachable too (2.1.1 as well as 2.1.2).
  if (!forced) walk.unreached = await page.evaluate(unreached, { reached, groups });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  return walk;
}

/**
 * Compares the element focused and blurred; true when the difference is too small to see (less
 * than a fifth of its perimeter in changed pixels).
 */
async function focusInvisible(page: Page, id: string, rect: Box): Promise<boolean> {
  const viewport = page.viewportSize();
  if (!viewport || rect.width === 0 || rect.height === 0) return false;
  const clip = clipAround(rect, viewport);
  if (!clip) return false;
  const focused = await screenshot(page, clip);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  const blurred = await screenshot(page, clip);
  await page.evaluate((key) => document.querySelector<HTMLElement>(`[data-eui-audit-id="${key}"]`)?.focus({ preventScroll: true }), id);
  const changed = countChangedPixels(readPng(focused), readPng(blurred));
  const perimeter = 2 * (Math.min(rect.width, clip.width) + Math.min(rect.height, clip.height));
  return changed < Math.max(8, 0.2 * perimeter);
}
