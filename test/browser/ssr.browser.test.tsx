import { App } from '../ssr/app';
import { getThemeInitScript } from '@elder-ui/react';
import { textSizeAttribute } from '@elder-ui/tokens/contract';
import { act, within } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';

let root: Root | undefined;
let container: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  vi.restoreAllMocks();
});

afterAll(() => commands.closeServerRenderer());

describe('server rendering', () => {
  it('hydrates the provider, switch and Button with no warnings and no flash of the wrong theme', async () => {
    localStorage.setItem('eui-theme', JSON.stringify({ mode: 'elder', scheme: 'dark', textSize: 150 }));
    const html = await commands.renderOnServer();
    expect(html).toContain('确认付款');
    expect(html).toContain('role="switch"');

    // What a browser does with a server page: the init script runs, then the markup is parsed.
    new Function(getThemeInitScript())();
    container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    // The stored text size is on <html> before React runs: the page is laid out at 150 % from the start.
    expect(document.documentElement).toHaveAttribute(textSizeAttribute, '150');
    expect(getComputedStyle(document.documentElement).fontSize).toBe('24px');

    const observer = new MutationObserver(() => {});
    observer.observe(document.documentElement, {
      attributes: true,
      attributeOldValue: true,
      attributeFilter: ['data-eui-mode', textSizeAttribute],
    });

    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const recoverable = vi.fn();
    await act(async () => {
      root = hydrateRoot(container!, <App />, { onRecoverableError: recoverable });
    });
    // Every value each attribute held on the way: each change's old value, then the current one.
    const records = observer.takeRecords();
    observer.disconnect();
    const held = (name: string) => [
      ...records.filter((record) => record.attributeName === name).map((record) => record.oldValue),
      document.documentElement.getAttribute(name),
    ];
    const seen = held('data-eui-mode');

    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    // The mode never went back to the server's default on the way.
    expect(seen.every((mode) => mode === 'elder')).toBe(true);
    expect(document.documentElement).toHaveAttribute('data-eui-mode', 'elder');
    // Nor did the text size: no reflow from 100 % and back.
    expect(held(textSizeAttribute)).toEqual(['150']);
    // After hydration the switch and the text-size choice show the stored choices.
    expect(within(container).getByRole('switch')).toBeChecked();
    expect(within(container).getByRole('radio', { name: '150%' })).toBeChecked();
  });
});
