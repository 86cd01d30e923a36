import { textSizeAttribute } from '@elder-ui/tokens/contract';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThemeInitScript, getThemeInitScript } from './ThemeInitScript';

const html = document.documentElement;
const attrs = () => [html.dataset.euiMode, html.dataset.euiScheme, html.dataset.euiContrast];
// Runs the script text the way a browser runs an inline <script>.
const run = (script: string) => new Function(script)();

afterEach(() => vi.restoreAllMocks());

describe('getThemeInitScript', () => {
  it('applies the stored theme', () => {
    localStorage.setItem('eui-theme', JSON.stringify({ mode: 'elder', scheme: 'dark', contrast: 'high' }));
    run(getThemeInitScript());
    expect(attrs()).toEqual(['elder', 'dark', 'high']);
  });

  it('applies the defaults for axes never stored', () => {
    localStorage.setItem('eui-theme', JSON.stringify({ scheme: 'light' }));
    run(getThemeInitScript({ defaults: { mode: 'elder' } }));
    expect(attrs()).toEqual(['elder', 'light', 'system']);
  });

  it.each([['{broken'], ['null'], [JSON.stringify({ mode: '<img>', scheme: 7 })]])(
    'falls back to defaults on a corrupt value %s',
    (raw) => {
      localStorage.setItem('eui-theme', raw);
      run(getThemeInitScript());
      expect(attrs()).toEqual(['standard', 'system', 'system']);
    },
  );

  it('never throws when storage does', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => run(getThemeInitScript())).not.toThrow();
    expect(attrs()).toEqual(['standard', 'system', 'system']);
  });

  it('reads the given key', () => {
    localStorage.setItem('app-theme', JSON.stringify({ mode: 'elder' }));
    run(getThemeInitScript({ storageKey: 'app-theme' }));
    expect(attrs()[0]).toBe('elder');
  });

  it('applies a stored text size with the theme', () => {
    localStorage.setItem('eui-theme', JSON.stringify({ mode: 'elder', textSize: 175 }));
    run(getThemeInitScript());
    expect(attrs()[0]).toBe('elder');
    expect(html).toHaveAttribute(textSizeAttribute, '175');
  });

  it('applies the default text size to a theme stored before text size existed', () => {
    localStorage.setItem('eui-theme', JSON.stringify({ mode: 'elder', scheme: 'dark', contrast: 'high' }));
    run(getThemeInitScript({ defaults: { textSize: 130 } }));
    expect(attrs()).toEqual(['elder', 'dark', 'high']);
    expect(html).toHaveAttribute(textSizeAttribute, '130');
  });

  it.each([[300], ['150'], [null], [{}]])('falls back to the standard size on a stored text size of %j', (textSize) => {
    localStorage.setItem('eui-theme', JSON.stringify({ mode: 'elder', textSize }));
    run(getThemeInitScript());
    expect(attrs()[0]).toBe('elder');
    expect(html).toHaveAttribute(textSizeAttribute, '100');
  });

  it('cannot be broken out of by a hostile key', () => {
    const script = getThemeInitScript({ storageKey: '</script><script>alert(1)</script>' });
    expect(script).not.toMatch(/<\/script/i);
    expect(() => run(script)).not.toThrow();
  });
});

describe('ThemeInitScript', () => {
  it('renders an inline script with the CSP nonce', () => {
    const markup = renderToStaticMarkup(<ThemeInitScript nonce="r4nd0m" storageKey="k" />);
    expect(markup).toMatch(/^<script nonce="r4nd0m">\(function\(c\)/);
    expect(markup).toContain('"key":"k"');
  });

  it('renders without a nonce when none is given', () => {
    expect(renderToStaticMarkup(<ThemeInitScript />)).toMatch(/^<script>\(function/);
  });
});

describe('the init script under a nonce CSP', () => {
  afterEach(() => {
    delete (window as { __webpack_nonce__?: string }).__webpack_nonce__;
    delete (document as { currentScript?: unknown }).currentScript;
  });

  it("hands its nonce to the dialogs' scroll-lock style tag through __webpack_nonce__", () => {
    Object.defineProperty(document, 'currentScript', { value: { nonce: 'r4nd0m' }, configurable: true });
    run(getThemeInitScript());
    expect((window as { __webpack_nonce__?: string }).__webpack_nonce__).toBe('r4nd0m');
  });

  it('sets nothing without a nonce', () => {
    run(getThemeInitScript());
    expect('__webpack_nonce__' in window).toBe(false);
  });
});
