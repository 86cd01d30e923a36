import { textSizeAttribute } from '@elder-ui/tokens/contract';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { useLayoutEffect, useState, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Button, type ButtonProps } from '../button';
import { resetWarnings } from '../internal/dev';
import { Portal } from './Portal';
import { getThemeInitScript } from './ThemeInitScript';
import { ThemeProvider, useTheme, useThemeSetters, type ThemeProviderProps } from './ThemeProvider';
import { ThemeScope } from './ThemeScope';
import { localStorageAdapter, type ThemeStorage } from './storage';
import { themeChangingAttribute } from './theme-change.css';

const html = document.documentElement;
const attrs = () => ({
  mode: html.getAttribute('data-eui-mode'),
  scheme: html.getAttribute('data-eui-scheme'),
  contrast: html.getAttribute('data-eui-contrast'),
});

/** What the page sees when another tab of the same site stores a theme. */
function storeInAnotherTab(theme: object) {
  act(() => {
    const newValue = JSON.stringify(theme);
    localStorage.setItem('eui-theme', newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: 'eui-theme', newValue }));
  });
}

function renderTheme(props: Omit<ThemeProviderProps, 'children'> = {}) {
  const wrapper = ({ children }: { children: ReactNode }) => <ThemeProvider {...props}>{children}</ThemeProvider>;
  return renderHook(() => useTheme(), { wrapper });
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('ThemeProvider', () => {
  it('sets the three theme attributes on <html> with the spec defaults', () => {
    renderTheme();
    expect(attrs()).toEqual({ mode: 'standard', scheme: 'system', contrast: 'system' });
  });

  it('starts from the given defaults when nothing is stored', () => {
    renderTheme({ defaultMode: 'elder', defaultScheme: 'dark', defaultContrast: 'high' });
    expect(attrs()).toEqual({ mode: 'elder', scheme: 'dark', contrast: 'high' });
  });

  it('switches an axis, stores the choice and reports the whole theme', () => {
    const onThemeChange = vi.fn();
    const { result } = renderTheme({ onThemeChange });
    act(() => result.current.setMode('elder'));
    expect(result.current.mode).toBe('elder');
    expect(attrs().mode).toBe('elder');
    expect(JSON.parse(localStorage.getItem('eui-theme')!)).toEqual({ mode: 'elder' });
    expect(onThemeChange).toHaveBeenCalledWith({ mode: 'elder', scheme: 'system', contrast: 'system', textSize: 100 });
  });

  it('restores the stored choice over the defaults', () => {
    localStorage.setItem('eui-theme', JSON.stringify({ mode: 'elder', scheme: 'dark' }));
    const { result } = renderTheme({ defaultMode: 'standard', defaultScheme: 'light' });
    expect(result.current).toMatchObject({ mode: 'elder', scheme: 'dark', contrast: 'system' });
    expect(attrs()).toEqual({ mode: 'elder', scheme: 'dark', contrast: 'system' });
  });

  it('follows a controlled value and leaves the change to the owner', () => {
    const onThemeChange = vi.fn();
    const { result, rerender } = renderTheme({ mode: 'standard', onThemeChange });
    act(() => result.current.setMode('elder'));
    expect(onThemeChange).toHaveBeenCalledWith(expect.objectContaining({ mode: 'elder' }));
    rerender();
    expect(attrs().mode).toBe('standard');
  });

  it('stores nothing for a controlled axis, so a value the owner refuses is not painted on the next visit', () => {
    const onThemeChange = vi.fn();
    const { result, unmount } = renderTheme({ mode: 'standard', onThemeChange });
    act(() => result.current.setMode('elder'));
    expect(onThemeChange).toHaveBeenCalledWith({ mode: 'elder', scheme: 'system', contrast: 'system', textSize: 100 });
    unmount();
    // The next visit: the init script paints what is stored, before React runs.
    new Function(getThemeInitScript())();
    expect(attrs().mode).toBe('standard');
    expect(localStorage.getItem('eui-theme')).toBeNull();
  });

  it('stores the uncontrolled axes of a change and leaves the controlled ones to the owner', () => {
    const onThemeChange = vi.fn();
    const { result } = renderTheme({ mode: 'standard', onThemeChange });
    act(() => result.current.setTheme({ mode: 'elder', scheme: 'dark' }));
    expect(JSON.parse(localStorage.getItem('eui-theme')!)).toEqual({ scheme: 'dark' });
    expect(attrs()).toMatchObject({ mode: 'standard', scheme: 'dark' });
    expect(onThemeChange).toHaveBeenCalledOnce();
    expect(onThemeChange).toHaveBeenCalledWith({ mode: 'elder', scheme: 'dark', contrast: 'system', textSize: 100 });
  });

  it('paints on the next visit what an owner of a controlled axis accepts and stores itself', () => {
    function Owner({ children }: { children: ReactNode }) {
      const [mode, setMode] = useState<'standard' | 'elder'>('standard');
      return (
        <ThemeProvider
          mode={mode}
          onThemeChange={(theme) => {
            setMode(theme.mode);
            localStorageAdapter.set('eui-theme', JSON.stringify(theme));
          }}
        >
          {children}
        </ThemeProvider>
      );
    }
    const { result, unmount } = renderHook(() => useTheme(), { wrapper: Owner });
    act(() => result.current.setMode('elder'));
    expect(result.current.mode).toBe('elder');
    expect(attrs().mode).toBe('elder');
    unmount();
    html.removeAttribute('data-eui-mode');
    new Function(getThemeInitScript())();
    expect(attrs().mode).toBe('elder');
  });

  it('keeps a controlled axis when another tab changes the stored theme', () => {
    const { result } = renderTheme({ mode: 'standard' });
    storeInAnotherTab({ mode: 'elder', scheme: 'dark' });
    expect(result.current).toMatchObject({ mode: 'standard', scheme: 'dark' });
    expect(attrs()).toMatchObject({ mode: 'standard', scheme: 'dark' });
  });

  it('ignores an unknown prop value, falls back and warns once', () => {
    // @ts-expect-error -- a bad value from untyped code
    const { result, rerender } = renderTheme({ mode: 'huge' });
    rerender();
    expect(result.current.mode).toBe('standard');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/mode="huge".*standard, elder/);
  });

  it('ignores an unknown value passed to a setter', () => {
    const { result } = renderTheme();
    // @ts-expect-error -- a bad value from untyped code
    act(() => result.current.setScheme('sepia'));
    expect(result.current.scheme).toBe('system');
    expect(localStorage.getItem('eui-theme')).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
  });

  it.each([
    ['not JSON', '{mode: elder'],
    ['a JSON array', '["elder"]'],
    ['a JSON string', '"elder"'],
  ])('falls back to defaults on a corrupt stored value (%s) and warns once', (_kind, raw) => {
    localStorage.setItem('eui-theme', raw);
    const { result } = renderTheme({ defaultMode: 'standard' });
    expect(result.current.mode).toBe('standard');
    expect(warn).toHaveBeenCalledOnce();
  });

  it('keeps the valid axes of a partly bad stored value', () => {
    localStorage.setItem('eui-theme', JSON.stringify({ mode: 'elder', scheme: 42 }));
    const { result } = renderTheme();
    expect(result.current).toMatchObject({ mode: 'elder', scheme: 'system' });
  });

  it('survives a storage that throws on read and on write', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const { result } = renderTheme();
    expect(result.current.mode).toBe('standard');
    act(() => result.current.setMode('elder'));
    act(() => result.current.setScheme('dark'));
    // The page still switches; the failure is said once per kind.
    expect(attrs()).toMatchObject({ mode: 'elder', scheme: 'dark' });
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('keeps nothing with storage={null}', () => {
    const { result } = renderTheme({ storage: null });
    act(() => result.current.setMode('elder'));
    expect(attrs().mode).toBe('elder');
    expect(localStorage.getItem('eui-theme')).toBeNull();
  });

  it('uses a custom storage adapter and key', () => {
    const saved = new Map<string, string>([['my-key', JSON.stringify({ contrast: 'high' })]]);
    const storage: ThemeStorage = { get: (key) => saved.get(key) ?? null, set: (key, value) => void saved.set(key, value) };
    const { result } = renderTheme({ storage, storageKey: 'my-key' });
    expect(result.current.contrast).toBe('high');
    act(() => result.current.setMode('elder'));
    expect(JSON.parse(saved.get('my-key')!)).toEqual({ contrast: 'high', mode: 'elder' });
  });

  it('follows a change made in another tab', () => {
    const { result } = renderTheme();
    storeInAnotherTab({ mode: 'elder', scheme: 'dark' });
    expect(result.current).toMatchObject({ mode: 'elder', scheme: 'dark' });
    expect(attrs()).toMatchObject({ mode: 'elder', scheme: 'dark' });
  });

  it('goes back to defaults when another tab clears storage', () => {
    localStorage.setItem('eui-theme', JSON.stringify({ mode: 'elder' }));
    const { result } = renderTheme();
    act(() => {
      localStorage.clear();
      window.dispatchEvent(new StorageEvent('storage', { key: null }));
    });
    expect(result.current.mode).toBe('standard');
  });

  it('says what is missing when useTheme has no provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useTheme())).toThrow(/needs a <ThemeProvider>/);
  });
});

describe('switching the theme', () => {
  it('re-renders none of the themed components below the provider', () => {
    // Each Button is called from a counting wrapper, so every hook it uses (a
    // context read included) runs inside the wrapper and a re-render counts.
    // React's <Profiler> would miss re-renders caused by context alone.
    let renders = 0;
    function CountedButton(props: ButtonProps) {
      renders += 1;
      return Button(props);
    }
    let setMode: ((mode: 'standard' | 'elder') => void) | undefined;
    function Switcher() {
      setMode = useTheme().setMode;
      return null;
    }
    render(
      <ThemeProvider storage={null}>
        <Switcher />
        <ThemeScope mode="standard">
          {Array.from({ length: 20 }, (_, index) => (
            <CountedButton key={index}>Button {index}</CountedButton>
          ))}
        </ThemeScope>
        <CountedButton tone="secondary">Outside the scope</CountedButton>
      </ThemeProvider>,
    );
    expect(renders).toBe(21);

    act(() => setMode!('elder'));
    act(() => setMode!('standard'));
    act(() => setMode!('elder'));

    expect(html.getAttribute('data-eui-mode')).toBe('elder');
    expect(renders).toBe(21);
  });
  it('tells the readers in the same commit, and keeps the setters and the value while nothing changes', () => {
    const seen: { mode: string; painted: string | null }[] = [];
    const values: ReturnType<typeof useTheme>[] = [];
    function Reader() {
      const theme = useTheme();
      values.push(theme);
      useLayoutEffect(() => {
        seen.push({ mode: theme.mode, painted: html.getAttribute('data-eui-mode') });
      });
      return null;
    }
    let rerender: (() => void) | undefined;
    function Owner() {
      const [, setCount] = useState(0);
      rerender = () => setCount((count) => count + 1);
      return (
        <ThemeProvider storage={null}>
          <Reader />
        </ThemeProvider>
      );
    }
    render(<Owner />);
    const first = values.at(-1)!;

    act(() => first.setMode('elder'));
    // The commit that painted elder mode on <html> already rendered the reader with it.
    expect(seen.at(-1)).toEqual({ mode: 'elder', painted: 'elder' });
    expect(values.at(-1)!.setMode).toBe(first.setMode);
    expect(values.at(-1)!.setTheme).toBe(first.setTheme);

    const afterSwitch = values.at(-1);
    act(() => rerender!());
    expect(values.at(-1)).toBe(afterSwitch);
  });
});

describe('useThemeSetters', () => {
  it('changes the theme without re-rendering the component that holds the setters', () => {
    let renders = 0;
    const held: ReturnType<typeof useThemeSetters>[] = [];
    function ElderAction() {
      renders += 1;
      const setters = useThemeSetters();
      held.push(setters);
      return (
        <button type="button" onClick={() => setters.setTheme({ mode: 'elder', scheme: 'dark' })}>
          Larger text
        </button>
      );
    }
    const changes: unknown[] = [];
    render(
      <ThemeProvider storage={null} defaultScheme="light" onThemeChange={(theme) => changes.push(theme)}>
        <ElderAction />
      </ThemeProvider>,
    );
    expect(renders).toBe(1);

    act(() => screen.getByRole('button', { name: 'Larger text' }).click());
    expect(attrs()).toMatchObject({ mode: 'elder', scheme: 'dark' });
    expect(changes).toEqual([{ mode: 'elder', scheme: 'dark', contrast: 'system', textSize: 100 }]);
    act(() => held[0]!.setMode('standard'));
    expect(attrs().mode).toBe('standard');
    // Neither change re-rendered it, and the setters are the ones useTheme hands out.
    expect(renders).toBe(1);
    expect(held).toHaveLength(1);
  });

  it('hands out the same functions as useTheme, and keeps them for the provider’s life', () => {
    const { result, rerender } = renderHook(() => ({ setters: useThemeSetters(), theme: useTheme() }), {
      wrapper: ({ children }) => <ThemeProvider storage={null}>{children}</ThemeProvider>,
    });
    const first = result.current.setters;
    expect(first.setTheme).toBe(result.current.theme.setTheme);
    expect(first.setTextSize).toBe(result.current.theme.setTextSize);
    act(() => first.setScheme('dark'));
    rerender();
    expect(result.current.setters).toBe(first);
    expect(result.current.theme.scheme).toBe('dark');
  });

  it('says what is missing when it has no provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useThemeSetters())).toThrow(/useThemeSetters\(\) needs a <ThemeProvider>/);
  });
});

describe('ThemeScope', () => {
  it('themes its subtree and inherits the axes it does not set', () => {
    render(
      <ThemeProvider storage={null} defaultScheme="dark">
        <ThemeScope mode="elder" data-testid="scope">
          <ThemeScope contrast="high" data-testid="inner" />
        </ThemeScope>
      </ThemeProvider>,
    );
    const scope = screen.getByTestId('scope');
    expect(scope).toHaveAttribute('data-eui-mode', 'elder');
    expect(scope).toHaveAttribute('data-eui-scheme', 'dark');
    const inner = screen.getByTestId('inner');
    expect(inner).toHaveAttribute('data-eui-mode', 'elder');
    expect(inner).toHaveAttribute('data-eui-contrast', 'high');
  });

  it('puts the attributes on its child with asChild', () => {
    render(
      <ThemeScope asChild mode="elder">
        <section aria-label="Preview" />
      </ThemeScope>,
    );
    expect(screen.getByRole('region', { name: 'Preview' })).toHaveAttribute('data-eui-mode', 'elder');
  });

  it('gives portals opened inside it its theme', () => {
    render(
      <ThemeProvider storage={null}>
        <ThemeScope mode="elder" scheme="dark" contrast="high">
          <Portal>
            <p>In a portal</p>
          </Portal>
        </ThemeScope>
      </ThemeProvider>,
    );
    const host = screen.getByText('In a portal').closest('[data-eui-portal]');
    expect(host?.parentElement).toBe(document.body);
    expect(host).toHaveAttribute('data-eui-mode', 'elder');
    expect(host).toHaveAttribute('data-eui-scheme', 'dark');
    expect(host).toHaveAttribute('data-eui-contrast', 'high');
  });

  it('warns about an unknown value and inherits instead', () => {
    // @ts-expect-error -- a bad value from untyped code
    render(<ThemeScope mode="tiny" data-testid="scope" />);
    expect(screen.getByTestId('scope')).toHaveAttribute('data-eui-mode', 'standard');
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('ThemeProvider text size', () => {
  const textSize = () => html.getAttribute(textSizeAttribute);

  it('starts at 100 %, or at the given default, on <html>', () => {
    const { result, unmount } = renderTheme();
    expect(result.current.textSize).toBe(100);
    expect(textSize()).toBe('100');
    unmount();
    renderTheme({ defaultTextSize: 150 });
    expect(textSize()).toBe('150');
  });

  it('switches, stores the step with the other settings and reports them all', () => {
    localStorage.setItem('eui-theme', JSON.stringify({ mode: 'elder' }));
    const onThemeChange = vi.fn();
    const { result } = renderTheme({ onThemeChange });
    act(() => result.current.setTextSize(175));
    expect(result.current.textSize).toBe(175);
    expect(textSize()).toBe('175');
    expect(JSON.parse(localStorage.getItem('eui-theme')!)).toEqual({ mode: 'elder', textSize: 175 });
    expect(onThemeChange).toHaveBeenCalledWith({ mode: 'elder', scheme: 'system', contrast: 'system', textSize: 175 });
    act(() => result.current.setTheme({ textSize: 115, scheme: 'dark' }));
    expect(textSize()).toBe('115');
    expect(JSON.parse(localStorage.getItem('eui-theme')!)).toEqual({ mode: 'elder', scheme: 'dark', textSize: 115 });
  });

  it('restores a stored step, and reads a theme stored before text size existed', () => {
    localStorage.setItem('eui-theme', JSON.stringify({ mode: 'elder', textSize: 130 }));
    const { result, unmount } = renderTheme();
    expect(result.current).toMatchObject({ mode: 'elder', textSize: 130 });
    unmount();
    localStorage.setItem('eui-theme', JSON.stringify({ mode: 'elder', scheme: 'dark', contrast: 'high' }));
    const { result: older } = renderTheme({ defaultTextSize: 115 });
    expect(older.current).toMatchObject({ mode: 'elder', scheme: 'dark', contrast: 'high', textSize: 115 });
    expect(textSize()).toBe('115');
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['a step that does not exist', 300],
    ['a string', '150'],
    ['null', null],
  ])('falls back to the standard size on a stored %s, keeps the other settings and warns once', (_kind, value) => {
    localStorage.setItem('eui-theme', JSON.stringify({ mode: 'elder', textSize: value }));
    const { result, rerender } = renderTheme();
    rerender();
    expect(result.current).toMatchObject({ mode: 'elder', textSize: 100 });
    expect(textSize()).toBe('100');
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).toMatch(/textSize=.*100, 115, 130, 150, 175, 200/);
  });

  it('ignores an unknown step passed to a setter', () => {
    const { result } = renderTheme();
    // @ts-expect-error -- a bad value from untyped code
    act(() => result.current.setTextSize(120));
    expect(result.current.textSize).toBe(100);
    expect(localStorage.getItem('eui-theme')).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('follows a controlled step, stores nothing for it and leaves the change to the owner', () => {
    const onThemeChange = vi.fn();
    const { result, rerender } = renderTheme({ textSize: 130, onThemeChange });
    act(() => result.current.setTheme({ textSize: 200, mode: 'elder' }));
    rerender();
    expect(onThemeChange).toHaveBeenCalledWith({ mode: 'elder', scheme: 'system', contrast: 'system', textSize: 200 });
    expect(result.current.textSize).toBe(130);
    expect(textSize()).toBe('130');
    expect(JSON.parse(localStorage.getItem('eui-theme')!)).toEqual({ mode: 'elder' });
  });

  it('follows a step chosen in another tab, unless the step is controlled', () => {
    const { result, unmount } = renderTheme();
    storeInAnotherTab({ textSize: 200 });
    expect(result.current.textSize).toBe(200);
    expect(textSize()).toBe('200');
    unmount();
    localStorage.clear();
    const { result: owned } = renderTheme({ textSize: 115 });
    storeInAnotherTab({ textSize: 150, scheme: 'dark' });
    expect(owned.current).toMatchObject({ textSize: 115, scheme: 'dark' });
    expect(textSize()).toBe('115');
  });

  it('switches transitions off for the frame that paints a new step', async () => {
    const { result } = renderTheme();
    // The first paint's own switch is over after two frames.
    await waitFor(() => expect(html).not.toHaveAttribute(themeChangingAttribute));
    act(() => result.current.setTextSize(150));
    expect(html).toHaveAttribute(themeChangingAttribute);
  });

  it('is the page’s alone: a ThemeScope carries no text size', () => {
    render(
      <ThemeProvider storage={null} defaultTextSize={150}>
        <ThemeScope mode="elder" data-testid="scope" />
      </ThemeProvider>,
    );
    expect(screen.getByTestId('scope')).not.toHaveAttribute(textSizeAttribute);
    expect(textSize()).toBe('150');
  });
});
