import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MarketingSlot } from '../marketing-slot';
import { resetWarnings } from '../internal/dev';
import { getThemeInitScript } from './ThemeInitScript';
import { ThemeProvider, useTheme } from './ThemeProvider';
import { createCookieStorage, getThemeAttributes, parseThemeCookie } from './cookie';

const html = document.documentElement;
const attrs = () => [html.dataset.euiMode, html.dataset.euiScheme, html.dataset.euiContrast, html.dataset.euiTextSize];
const run = (script: string) => new Function(script)();

function clearCookies() {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]!.trim();
    if (name) document.cookie = `${name}=; Path=/; Max-Age=0`;
  }
}

beforeEach(() => {
  resetWarnings();
  clearCookies();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  clearCookies();
  vi.restoreAllMocks();
});

describe('createCookieStorage', () => {
  it('writes the theme to a cookie and to localStorage', () => {
    const storage = createCookieStorage();
    storage.set('eui-theme', JSON.stringify({ mode: 'elder', scheme: 'dark' }));
    expect(document.cookie).toContain(`eui-theme=${encodeURIComponent('{"mode":"elder","scheme":"dark"}')}`);
    expect(localStorage.getItem('eui-theme')).toBe('{"mode":"elder","scheme":"dark"}');
    expect(storage.get('eui-theme')).toBe('{"mode":"elder","scheme":"dark"}');
  });

  it('prefers the cookie, which the server also reads, over localStorage', () => {
    localStorage.setItem('eui-theme', '{"mode":"standard"}');
    document.cookie = `eui-theme=${encodeURIComponent('{"mode":"elder"}')}; Path=/`;
    expect(createCookieStorage().get('eui-theme')).toBe('{"mode":"elder"}');
  });

  it('falls back to localStorage when there is no cookie yet', () => {
    localStorage.setItem('eui-theme', '{"mode":"elder"}');
    expect(createCookieStorage().get('eui-theme')).toBe('{"mode":"elder"}');
    expect(createCookieStorage({ mirror: null }).get('eui-theme')).toBeNull();
  });

  it('hands over a cookie written without encoding rather than throwing', () => {
    document.cookie = 'eui-theme=%E0%A4%A; Path=/';
    expect(createCookieStorage().get('eui-theme')).toBe('%E0%A4%A');
  });
});

describe('parseThemeCookie', () => {
  it('reads a cookie, encoded or not', () => {
    const json = '{"mode":"elder","scheme":"dark","contrast":"high","textSize":150}';
    for (const value of [json, encodeURIComponent(json)]) {
      expect(parseThemeCookie(value)).toEqual({
        settings: { mode: 'elder', scheme: 'dark', contrast: 'high', textSize: 150 },
        status: 'valid',
      });
    }
  });

  it('says there is nothing when there is no cookie', () => {
    expect(parseThemeCookie(undefined)).toEqual({ settings: {}, status: 'empty' });
    expect(parseThemeCookie('')).toEqual({ settings: {}, status: 'empty' });
  });

  it.each([['{broken'], ['null'], ['[1]'], ['%E0%A4%A']])('calls %s corrupt and keeps nothing', (value) => {
    expect(parseThemeCookie(value)).toEqual({ settings: {}, status: 'corrupt' });
  });

  it('keeps the readable settings of a cookie with a bad value, and calls it corrupt', () => {
    expect(parseThemeCookie('{"mode":"elder","scheme":"purple"}')).toEqual({ settings: { mode: 'elder' }, status: 'corrupt' });
  });
});

describe('getThemeAttributes', () => {
  it('fills every attribute, from the settings, then the fallback, then the spec defaults', () => {
    expect(getThemeAttributes({ mode: 'elder' }, { scheme: 'dark' })).toEqual({
      'data-eui-mode': 'elder',
      'data-eui-scheme': 'dark',
      'data-eui-contrast': 'system',
      'data-eui-text-size': '100',
    });
  });

  it('drops a value that is not allowed', () => {
    expect(getThemeAttributes({ mode: 'huge' as never })['data-eui-mode']).toBe('standard');
  });
});

describe('the init script with a cookie', () => {
  it('reads the cookie before localStorage', () => {
    localStorage.setItem('eui-theme', '{"mode":"standard","scheme":"light"}');
    document.cookie = `eui-theme=${encodeURIComponent('{"mode":"elder","scheme":"dark","textSize":130}')}; Path=/`;
    run(getThemeInitScript({ cookieName: 'eui-theme' }));
    expect(attrs()).toEqual(['elder', 'dark', 'system', '130']);
  });

  it('keeps what the server wrote when the cookie is corrupt and nothing else is stored', () => {
    for (const [name, value] of Object.entries(getThemeAttributes({ mode: 'elder', scheme: 'dark' }))) html.setAttribute(name, value);
    document.cookie = 'eui-theme=%7Bbroken; Path=/';
    run(getThemeInitScript({ cookieName: 'eui-theme' }));
    expect(attrs()).toEqual(['elder', 'dark', 'system', '100']);
  });

  it('replaces an attribute the server wrote that is not allowed', () => {
    html.setAttribute('data-eui-mode', 'huge');
    run(getThemeInitScript({ cookieName: 'eui-theme' }));
    expect(attrs()[0]).toBe('standard');
  });
});

describe('ThemeProvider serverSettings', () => {
  function App() {
    const { mode } = useTheme();
    return (
      <>
        <p>Mode: {mode}</p>
        <MarketingSlot>Offer</MarketingSlot>
      </>
    );
  }

  it('renders the server HTML with the cookie theme and hydrates it without a warning or a change', async () => {
    const cookie = '{"mode":"elder","scheme":"dark"}';
    const settings = parseThemeCookie(cookie).settings;
    const markup = renderToString(
      <ThemeProvider storage={createCookieStorage()} serverSettings={settings}>
        <App />
      </ThemeProvider>,
    );
    expect(markup).toContain('Mode: <!-- -->elder');
    expect(markup).not.toContain('Offer');

    document.cookie = `eui-theme=${encodeURIComponent(cookie)}; Path=/`;
    const container = document.createElement('div');
    container.innerHTML = markup;
    document.body.append(container);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(
        container,
        <ThemeProvider storage={createCookieStorage()} serverSettings={settings}>
          <App />
        </ThemeProvider>,
        { onRecoverableError: recoverable },
      );
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect(container.textContent).toBe('Mode: elder');
    expect(html.dataset.euiMode).toBe('elder');
    container.remove();
  });
});
