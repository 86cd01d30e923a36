// Runs in the profile page: mounts Elder UI form sets, or one part of them, under React's <Profiler>.
import { Profiler, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { formSetParts, kit } from './kits/elder';

/** What one mount cost: React's own render time (from <Profiler>), the whole call, and until painted. */
export interface PartTiming {
  render: number;
  script: number;
  paint: number;
}

function DialogAlone() {
  const [open, setOpen] = useState(false);
  return formSetParts.Dialog(open, setOpen);
}

/** What each target mounts once, per index: the whole set, each part alone, or nothing (ThemeProvider only). */
const targets = {
  'form set': (index: number) => <kit.FormSet key={index} index={index} />,
  TextField: (index: number) => <div key={index}>{formSetParts.TextField(index)}</div>,
  Checkbox: (index: number) => <div key={index}>{formSetParts.Checkbox()}</div>,
  Switch: (index: number) => <div key={index}>{formSetParts.Switch()}</div>,
  Select: (index: number) => <div key={index}>{formSetParts.Select()}</div>,
  'Dialog (closed) with its Button': (index: number) => <DialogAlone key={index} />,
  'nothing (ThemeProvider only)': (index: number) => <div key={index} />,
} satisfies Record<string, (index: number) => ReactNode>;

export type Target = keyof typeof targets;

/** What the page exposes to profile.mjs. */
export interface ProfileApi {
  targets: Target[];
  mount(target: Target, count: number): Promise<PartTiming>;
}

declare global {
  interface Window {
    profile: ProfileApi;
  }
}

const nextPaint = () =>
  new Promise<number>((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });

let root: Root | null = null;

window.profile = {
  targets: Object.keys(targets) as Target[],
  async mount(target, count) {
    const container = document.getElementById('root');
    if (!container) throw new Error('The page has no #root.');
    root ??= createRoot(container);
    let render = 0;
    const onRender = (_id: string, _phase: string, actualDuration: number) => {
      render += actualDuration;
    };
    const start = performance.now();
    flushSync(() =>
      root?.render(
        <Profiler id={target} onRender={onRender}>
          <kit.Root change={null}>{Array.from({ length: count }, (_, index) => targets[target](index))}</kit.Root>
        </Profiler>,
      ),
    );
    const script = performance.now() - start;
    void document.body.getBoundingClientRect().height;
    const paint = (await nextPaint()) - start;
    return { render, script, paint };
  },
};
