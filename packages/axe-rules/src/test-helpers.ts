/** Helpers for this package's browser tests: mount a fixture, run one rule on it. */
import axe from 'axe-core';
import type { ElderFixture } from './fixtures.ts';
import { registerElderRules } from './rules.ts';

const CONTAINER_ID = 'eui-fixture';

/** Puts a fixture's CSS and HTML into the page and returns its container. */
export function mountFixture(fixture: Pick<ElderFixture, 'html' | 'css'>): HTMLElement {
  unmountFixture();
  if (fixture.css) {
    const style = document.createElement('style');
    style.id = `${CONTAINER_ID}-style`;
    style.textContent = fixture.css;
    document.head.append(style);
  }
  const container = document.createElement('div');
  container.id = CONTAINER_ID;
  // Known surroundings: black on white, body text size, nothing from the runner page.
  container.style.cssText = 'background:#fff;color:#000;font-size:16px;padding:8px;width:900px';
  container.innerHTML = fixture.html;
  document.body.append(container);
  return container;
}

export function unmountFixture(): void {
  document.getElementById(CONTAINER_ID)?.remove();
  document.getElementById(`${CONTAINER_ID}-style`)?.remove();
}

/** Waits for styles, layout and started animations to settle into a frame. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Registers the rules as the fixture asks and runs only its rule on its container. */
export async function runFixture(fixture: ElderFixture, container: HTMLElement): Promise<axe.AxeResults> {
  registerElderRules(axe, fixture.ruleOptions ?? {});
  await nextFrame();
  return axe.run(container, { runOnly: { type: 'rule', values: [fixture.rule] }, elementRef: true });
}
