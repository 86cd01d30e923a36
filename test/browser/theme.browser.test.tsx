import { Button, ModeSwitch, Portal, ThemeProvider, ThemeScope, getThemeInitScript, useTheme, type ThemeContextValue, type ThemeProviderProps } from '@elder-ui/react';
import { palettes } from '@elder-ui/tokens';
import { act, render, screen } from '@testing-library/react';
import Color from 'colorjs.io';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';

const html = document.documentElement;
const canvas = (element: Element = html) => getComputedStyle(element).getPropertyValue('--eui-color-bg-canvas').trim();
const same = (a: string, b: string) => new Color(a).deltaE(new Color(b), '2000') < 0.5;

async function emulate(features: { name: string; value: string }[]) {
  await cdp().send('Emulation.setEmulatedMedia', { features });
}

afterEach(async () => {
  await emulate([]);
  vi.restoreAllMocks();
});

describe('system scheme and contrast', () => {
  it('follow the device through CSS alone, with no re-render', async () => {
    render(<ThemeProvider storage={null} />);
    expect(html).toHaveAttribute('data-eui-scheme', 'system');
    await emulate([{ name: 'prefers-color-scheme', value: 'light' }]);
    expect(same(canvas(), palettes.light.standard.bg.canvas)).toBe(true);

    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(same(canvas(), palettes.dark.standard.bg.canvas)).toBe(true);

    await emulate([
      { name: 'prefers-color-scheme', value: 'dark' },
      { name: 'prefers-contrast', value: 'more' },
    ]);
    expect(same(canvas(), palettes.dark.high.bg.canvas)).toBe(true);
    expect(getComputedStyle(html).getPropertyValue('--eui-color-focus-ring').trim()).toBe(palettes.dark.high.focus.ring);
  });

  it('give way to an explicit choice', async () => {
    render(<ThemeProvider storage={null} scheme="light" contrast="standard" mode="elder" />);
    await emulate([
      { name: 'prefers-color-scheme', value: 'dark' },
      { name: 'prefers-contrast', value: 'more' },
    ]);
    expect(same(canvas(), palettes.light.elder.bg.canvas)).toBe(true);
  });

  it('turn motion off under prefers-reduced-motion', async () => {
    render(<ThemeProvider storage={null} mode="standard" />);
    expect(getComputedStyle(html).getPropertyValue('--eui-motion-duration').trim()).not.toBe('0ms');
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(getComputedStyle(html).getPropertyValue('--eui-motion-duration').trim()).toBe('0ms');
  });
});

describe('a full localStorage', () => {
  it('still lets the user switch, and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // Fill the real storage until the browser refuses more.
    let key = 0;
    for (const size of [512 * 1024, 16 * 1024, 1024, 64, 8, 1]) {
      try {
        for (let tries = 0; tries < 2048; tries += 1) localStorage.setItem(`f${(key += 1)}`, 'x'.repeat(size));
      } catch {
        // Full at this size; go on with smaller pieces.
      }
    }
    expect(() => localStorage.setItem('eui-theme', '{}')).toThrow();

    render(
      <ThemeProvider>
        <ModeSwitch />
      </ThemeProvider>,
    );
    await userEvent.click(screen.getByRole('switch', { name: 'Elder mode' }));
    expect(html).toHaveAttribute('data-eui-mode', 'elder');
    await userEvent.click(screen.getByRole('switch'));
    expect(html).toHaveAttribute('data-eui-mode', 'standard');
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).toMatch(/QuotaExceededError/);
    localStorage.clear();
  });
});

describe('the init script', () => {
  it('themes the page before the first paint, so there is no flash', async () => {
    localStorage.setItem('eui-theme', JSON.stringify({ mode: 'elder', scheme: 'dark', contrast: 'standard' }));
    // The kit's CSS as this page has it, for a fresh document of the same origin.
    const css = [...document.querySelectorAll('style')].map((style) => style.textContent).join('\n');
    const probe = vi.fn();
    (window as unknown as { __probe: typeof probe }).__probe = probe;

    const frame = document.createElement('iframe');
    frame.title = 'Server-rendered page';
    // The probe runs at the top of <body>, before anything below it is parsed or painted.
    frame.srcdoc = `<!doctype html><html lang="en"><head><script>${getThemeInitScript()}</script><style>${css}</style></head><body><script>parent.__probe(document.documentElement.getAttribute('data-eui-mode'), getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).fontSize)</script><p>Content</p></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
    document.body.append(frame);
    await loaded;
    frame.remove();

    expect(probe).toHaveBeenCalledOnce();
    const [mode, background, fontSize] = probe.mock.calls[0]!;
    expect(mode).toBe('elder');
    expect(same(background, palettes.dark.elder.bg.canvas)).toBe(true);
    expect(fontSize).toBe('20px');
  });
});

describe('a theme change', () => {
  const frames = async (count: number) => {
    for (let index = 0; index < count; index += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  };
  // Reading the animations computes the styles of the change, which is when transitions start.
  const transitions = () => document.getAnimations().filter((animation) => animation instanceof CSSTransition);
  const background = (element: Element) => getComputedStyle(element).backgroundColor;

  const buttons = (count: number) => Array.from({ length: count }, (_, index) => <Button key={index}>Confirm {index}</Button>);
  const fixed: ThemeProviderProps = { storage: null, defaultMode: 'standard', defaultScheme: 'light', defaultContrast: 'standard' };

  let theme: ThemeContextValue | undefined;
  function Capture() {
    theme = useTheme();
    return null;
  }

  /**
   * Renders, lets the mount settle, puts the pointer on one Button, switches, and checks that
   * the Buttons took their new colours at once. A Button fades its colour in its hover state
   * only, so the hovered one is the Button a change could animate; the others have no
   * transition to start.
   */
  async function expectInstantSwitch(
    mount: () => { rerender: (ui: ReactNode) => void },
    change: (rerender: (ui: ReactNode) => void) => void,
  ) {
    const { rerender } = mount();
    await frames(3);
    const button = screen.getByRole('button', { name: 'Confirm 0' });
    const resting = screen.getByRole('button', { name: 'Confirm 1' });
    await userEvent.hover(button);
    // Wait out the hover fade itself, so only a transition the change starts is left to see.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(transitions()).toEqual([]);
    // Motion is on before the change: a theme change that animated would show here.
    expect(getComputedStyle(button).transitionDuration).not.toBe('0s');
    const before = [background(button), background(resting)];
    act(() => change(rerender));
    expect(transitions()).toEqual([]);
    expect(background(button)).not.toBe(before[0]);
    expect(background(resting)).not.toBe(before[1]);
    return button;
  }

  it('through setTheme starts no transition on 50 Buttons', async () => {
    await expectInstantSwitch(
      () =>
        render(
          <ThemeProvider {...fixed}>
            <Capture />
            {buttons(50)}
          </ThemeProvider>,
        ),
      () => theme!.setScheme('dark'),
    );
  });

  it('through a controlled prop starts no transition', async () => {
    await expectInstantSwitch(
      () => render(<ThemeProvider {...fixed} scheme="light">{buttons(50)}</ThemeProvider>),
      (rerender) => rerender(<ThemeProvider {...fixed} scheme="dark">{buttons(50)}</ThemeProvider>),
    );
  });

  it('from another tab starts no transition', async () => {
    await expectInstantSwitch(
      () => render(<ThemeProvider defaultMode="standard" defaultScheme="light" defaultContrast="standard">{buttons(50)}</ThemeProvider>),
      () => {
        const newValue = JSON.stringify({ scheme: 'dark' });
        localStorage.setItem('eui-theme', newValue);
        window.dispatchEvent(new StorageEvent('storage', { key: 'eui-theme', newValue }));
      },
    );
  });

  it('of a ThemeScope starts no transition, in the scope or in a portal opened from it', async () => {
    const scoped = (scheme: 'light' | 'dark') => (
      <ThemeProvider {...fixed}>
        <ThemeScope scheme={scheme}>
          {buttons(50)}
          <Portal>
            <Button>In a portal</Button>
          </Portal>
        </ThemeScope>
      </ThemeProvider>
    );
    let portalBefore = '';
    await expectInstantSwitch(
      () => render(scoped('light')),
      (rerender) => {
        portalBefore = background(screen.getByRole('button', { name: 'In a portal' }));
        rerender(scoped('dark'));
      },
    );
    expect(background(screen.getByRole('button', { name: 'In a portal' }))).not.toBe(portalBefore);
  });

  it('leaves hover feedback its motion from the next frame on', async () => {
    const button = await expectInstantSwitch(
      () =>
        render(
          <ThemeProvider {...fixed}>
            <Capture />
            {buttons(50)}
          </ThemeProvider>,
        ),
      () => theme!.setScheme('dark'),
    );
    await frames(2);
    expect(getComputedStyle(button).transitionDuration).not.toBe('0s');
    await userEvent.unhover(button);
    await userEvent.hover(button);
    expect(transitions().length).toBeGreaterThan(0);
    await userEvent.unhover(button);
  });

  describe("an app's own transition on a colour the theme changes", () => {
    function Card() {
      // The app's own CSS: a background from the kit's token, faded over a second.
      return (
        <div data-testid="card" style={{ backgroundColor: 'var(--eui-color-bg-surface)', transition: 'background-color 1s' }}>
          Card
        </div>
      );
    }
    const animated = () => transitions().some((animation) => (animation.effect as KeyframeEffect | null)?.target === screen.getByTestId('card'));

    it('still runs with the default reach, which stills the kit only', async () => {
      render(
        <ThemeProvider {...fixed}>
          <Capture />
          <Card />
        </ThemeProvider>,
      );
      await frames(3);
      act(() => theme!.setScheme('dark'));
      expect(animated()).toBe(true);
    });

    it('is stilled with disableTransitionsOnChange="page", and moves again from the next frame on', async () => {
      render(
        <ThemeProvider {...fixed} disableTransitionsOnChange="page">
          <Capture />
          <Card />
        </ThemeProvider>,
      );
      await frames(3);
      const before = background(screen.getByTestId('card'));
      act(() => theme!.setScheme('dark'));
      expect(animated()).toBe(false);
      expect(background(screen.getByTestId('card'))).not.toBe(before);
      await frames(2);
      act(() => theme!.setScheme('light'));
      await frames(2);
      expect(getComputedStyle(screen.getByTestId('card')).transitionDuration).toBe('1s');
    });
  });
});
