import { ModeSwitch, ThemeProvider, getThemeInitScript } from '@elder-ui/react';
import { palettes } from '@elder-ui/tokens';
import { render, screen } from '@testing-library/react';
import Color from 'colorjs.io';
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
