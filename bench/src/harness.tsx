// Runs inside the test page: mounts a kit, switches its theme, and times both.
import { useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { Kit, ThemeChange } from './kit';

/** Milliseconds from the start of the work: React's synchronous work, forced style and layout, and the next painted frame. */
export interface Timing {
  script: number;
  layout: number;
  paint: number;
}

export interface ButtonBox {
  width: number;
  height: number;
  fontSize: number;
}

/** What the page exposes to run.mjs as `window.bench`. */
export interface BenchApi {
  mount(page: 'buttons' | 'forms', count: number): Promise<Timing>;
  /** Null when the kit has no theme switch of its own. */
  switchTheme(change: ThemeChange): Promise<Timing | null>;
  measureButton(): ButtonBox | null;
  /** Renders one Button or one form set (dialog open) and returns the CSS the kit injected at runtime. */
  probe(page: 'buttons' | 'forms'): Promise<string>;
  /** The kit's missing form parts and how it switches themes. */
  info(): { missing: string[]; switchHow: Kit['switchHow'] };
}

declare global {
  interface Window {
    bench: BenchApi;
    gc?: () => void;
  }
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves just after the next frame is painted: a task queued from requestAnimationFrame runs once that frame is done. */
const nextPaint = () =>
  new Promise<number>((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });

/** Lets the page go quiet: two frames, then an idle period (capped at 1 s). */
async function settle() {
  await frame();
  await frame();
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
  window.gc?.();
}

async function time(work: () => void, target: () => Element | null): Promise<Timing> {
  await settle();
  const start = performance.now();
  flushSync(work);
  const script = performance.now() - start;
  const element = target();
  // Reading a computed width forces style recalculation and layout now, as a real app reading layout would.
  if (element) void getComputedStyle(element).width;
  void document.body.getBoundingClientRect().height;
  const layout = performance.now() - start;
  const paint = (await nextPaint()) - start;
  return { script, layout, paint };
}

/** The CSS a kit injected with <style> elements (CSS-in-JS), read through the CSSOM so insertRule is counted too. */
function injectedCss() {
  let css = '';
  for (const sheet of Array.from(document.styleSheets)) {
    if (!(sheet.ownerNode instanceof HTMLStyleElement)) continue;
    for (const rule of Array.from(sheet.cssRules)) css += `${rule.cssText}\n`;
  }
  return css;
}

const content = () => document.getElementById('bench-content');
const lastChild = () => content()?.lastElementChild ?? null;

/** Installs `window.bench` for one kit. */
export function startHarness(kit: Kit) {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root.');
  let root: Root | null = null;
  let setChange: ((change: ThemeChange) => void) | null = null;

  function App({ children }: { children: ReactNode }) {
    const [change, setChangeState] = useState<ThemeChange | null>(null);
    setChange = setChangeState;
    // `children` keeps its identity across the switch, so only what reads the theme re-renders.
    return (
      <kit.Root change={change}>
        <div id="bench-content">{children}</div>
      </kit.Root>
    );
  }

  const render = (children: ReactNode) => {
    root ??= createRoot(container);
    root.render(<App>{children}</App>);
  };

  const KitButton = kit.Button ?? (() => null);
  const buttons = (count: number) => Array.from({ length: count }, (_, index) => <KitButton key={index}>Confirm</KitButton>);
  const forms = (count: number, dialogOpen = false) =>
    Array.from({ length: count }, (_, index) => <kit.FormSet key={index} index={index} dialogOpen={dialogOpen} />);

  window.bench = {
    mount: (page, count) => time(() => render(page === 'buttons' ? buttons(count) : forms(count)), lastChild),
    async switchTheme(change) {
      if (kit.switchHow === null) return null;
      return time(() => (kit.switchTheme ? kit.switchTheme(change) : setChange?.(change)), lastChild);
    },
    measureButton() {
      const button = content()?.querySelector('button');
      if (!button) return null;
      const box = button.getBoundingClientRect();
      return { width: box.width, height: box.height, fontSize: Number.parseFloat(getComputedStyle(button).fontSize) };
    },
    info: () => ({ missing: [...kit.missing], switchHow: kit.switchHow }),
    async probe(page) {
      flushSync(() => render(page === 'buttons' ? buttons(1) : forms(1, true)));
      await settle();
      return injectedCss();
    },
  };
}
