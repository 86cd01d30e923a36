import { App } from '../ssr/app';
import { getThemeInitScript } from '@elder-ui/react';
import { act } from '@testing-library/react';
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
    localStorage.setItem('eui-theme', JSON.stringify({ mode: 'elder', scheme: 'dark' }));
    const html = await commands.renderOnServer();
    expect(html).toContain('确认付款');
    expect(html).toContain('role="switch"');

    // What a browser does with a server page: the init script runs, then the markup is parsed.
    new Function(getThemeInitScript())();
    container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);

    const observer = new MutationObserver(() => {});
    observer.observe(document.documentElement, { attributes: true, attributeOldValue: true, attributeFilter: ['data-eui-mode'] });

    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const recoverable = vi.fn();
    await act(async () => {
      root = hydrateRoot(container!, <App />, { onRecoverableError: recoverable });
    });
    // Every value the attribute held on the way: each change's old value, then the current one.
    const seen = [...observer.takeRecords().map((record) => record.oldValue), document.documentElement.getAttribute('data-eui-mode')];
    observer.disconnect();

    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    // The mode never went back to the server's default on the way.
    expect(seen.every((mode) => mode === 'elder')).toBe(true);
    expect(document.documentElement).toHaveAttribute('data-eui-mode', 'elder');
    // After hydration the switch shows the stored choice.
    expect(container.querySelector('[role="switch"]')).toHaveAttribute('aria-checked', 'true');
  });
});
