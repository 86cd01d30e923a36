import { LocaleProvider, ReadAloud, ReadAloudProvider, RiskWarning, ThemeProvider } from '@elder-ui/react';
import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { DemoSpeech } from '../../packages/react/src/read-aloud/demo-speech';
import { contrastRatio, px } from '../support/measure';

// A CI machine has no voices: every test reads with the silent stand-in engine, driven by hand.
const highlightName = 'eui-read-aloud';
const measured: string[] = [];
afterAll(() => console.info(`Measured ReadAloud (button w × h, font; highlight contrast):\n${measured.join('\n')}`));
afterEach(() => CSS.highlights.clear());

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of the ranges highlighted now. */
function highlighted(): string[] {
  const highlight = CSS.highlights.get(highlightName);
  return highlight ? [...highlight].map((range) => fold(range.toString())) : [];
}

function Page({ theme, locale = 'en', speech, children }: { theme: ResolvedTheme; locale?: string; speech: DemoSpeech; children: ReactNode }) {
  return (
    <ThemeProvider mode={theme.mode} scheme={theme.scheme} contrast={theme.contrast} storage={null}>
      <LocaleProvider locale={locale}>
        <ReadAloudProvider speech={speech}>
          <main>{children}</main>
        </ReadAloudProvider>
      </LocaleProvider>
    </ThemeProvider>
  );
}

const article = (
  <ReadAloud lang="en">
    <h2>Your water bill</h2>
    <p data-testid="text">
      Mr. Tan used 12 tonnes of water <span aria-hidden="true">★★</span>this month. Please pay <b>46.80 dollars</b> by Friday! Late
      payments cost more.
    </p>
  </ReadAloud>
);

const standard: ResolvedTheme = { mode: 'standard', scheme: 'light', contrast: 'standard' };

describe('the read-aloud highlight', () => {
  it('covers exactly the sentence being said, and moves with it', async () => {
    const speech = new DemoSpeech();
    render(<Page theme={standard} speech={speech}>{article}</Page>);
    expect(highlighted()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Listen' }));
    const said: string[] = [];
    while (speech.current) {
      // The aria-hidden stars are in the range (they sit inside the sentence) but not in what is said.
      expect(highlighted().map((text) => text.replace('★★', '').replace(/\s+/g, ' '))).toEqual([speech.current.text]);
      said.push(speech.current.text);
      act(() => speech.finish());
    }
    expect(said).toEqual(['Your water bill', 'Mr. Tan used 12 tonnes of water this month.', 'Please pay 46.80 dollars by Friday!', 'Late payments cost more.']);
    expect(highlighted()).toEqual([]);
  });

  it('goes away when reading stops', async () => {
    const speech = new DemoSpeech();
    render(<Page theme={standard} speech={speech}>{article}</Page>);
    await userEvent.click(screen.getByRole('button', { name: 'Listen' }));
    expect(highlighted()).toHaveLength(1);
    await userEvent.keyboard('{Escape}');
    expect(highlighted()).toEqual([]);
  });
});

describe('the read-aloud highlight under forced colours (Windows High Contrast)', () => {
  it('takes the system Highlight colours, so the sentence still shows', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      render(<Page theme={standard} speech={new DemoSpeech()}>{article}</Page>);
      await userEvent.click(screen.getByRole('button', { name: 'Listen' }));
      const text = screen.getByTestId('text');
      const mark = getComputedStyle(text, `::highlight(${highlightName})`);
      const probe = document.createElement('span');
      probe.style.cssText = 'background-color: Highlight; color: HighlightText';
      document.body.append(probe);
      const system = getComputedStyle(probe);
      expect(mark.backgroundColor).toBe(system.backgroundColor);
      expect(mark.color).toBe(system.color);
      probe.remove();
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('ReadAloud in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`has a ${elder ? '60 × 60' : '44 × 44'} px Listen button with ${elder ? 22 : 16} px words beside its icon, and a highlight that meets text contrast`, async () => {
    const speech = new DemoSpeech();
    render(<Page theme={theme} speech={speech}>{article}</Page>);
    const button = screen.getByRole('button', { name: 'Listen' });
    const box = button.getBoundingClientRect();
    const style = getComputedStyle(button);
    expect(box.width).toBeGreaterThanOrEqual(elder ? 60 : 44);
    expect(box.height).toBeGreaterThanOrEqual(elder ? 60 : 44);
    expect(px(style.fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
    expect(contrastRatio(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    const icon = button.querySelector('svg')!.getBoundingClientRect();
    const word = screen.getByText('Listen').getBoundingClientRect();
    expect(icon.width).toBeGreaterThan(10);
    expect(word.width).toBeGreaterThan(10);
    expect(icon.right).toBeLessThanOrEqual(word.left);

    await userEvent.click(button);
    const text = screen.getByTestId('text');
    const mark = getComputedStyle(text, `::highlight(${highlightName})`);
    const ratio = contrastRatio(mark.color, mark.backgroundColor);
    measured.push(`${name}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}, ${style.fontSize}; highlight ${mark.color} on ${mark.backgroundColor} = ${ratio.toFixed(2)}`);
    expect(mark.backgroundColor).not.toBe(getComputedStyle(text).backgroundColor);
    expect(mark.textDecorationLine).toBe('underline');
    expect(ratio).toBeGreaterThanOrEqual(minimumContrast('text', theme));
  });

  it.each([
    ['en', 'Listen'],
    ['id', 'Dengarkan'],
    ['zh-TW', '朗讀'],
  ])('moves nothing on the page when reading starts and goes on (%s)', async (locale, word) => {
    const speech = new DemoSpeech();
    render(<Page theme={theme} locale={locale} speech={speech}>{article}</Page>);
    const button = screen.getByRole('button', { name: word });
    const boxes = () => [button, button.parentElement!, screen.getByTestId('text'), screen.getByRole('heading')].map((element) => element.getBoundingClientRect().toJSON());
    const before = boxes();
    await userEvent.click(button);
    expect(button).toHaveAccessibleDescription(/1/);
    expect(boxes()).toEqual(before);
    act(() => speech.finish());
    expect(button).toHaveAccessibleDescription(/2/);
    expect(boxes()).toEqual(before);
  });
});

describe('RiskWarning read aloud in Chromium', () => {
  it('reads the warning, not its buttons, with its icon word first', async () => {
    const speech = new DemoSpeech();
    render(
      <Page theme={{ ...standard, mode: 'elder' }} locale="id" speech={speech}>
        <RiskWarning lang="id" readAloud title="Berhenti dan periksa" helpHref="tel:1500888" helpLabel="Telepon bank">
          Jangan pindahkan uang. Bank tidak pernah memintanya!
        </RiskWarning>
      </Page>,
    );
    const button = screen.getByRole('button', { name: 'Dengarkan' });
    expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
    await userEvent.click(button);
    expect(speech.spoken.map((utterance) => utterance.text)).toEqual([
      'Ada masalah',
      'Berhenti dan periksa',
      'Jangan pindahkan uang.',
      'Bank tidak pernah memintanya!',
      'Telepon bank',
    ]);
    expect(speech.spoken.every((utterance) => utterance.voice?.lang === 'id-ID')).toBe(true);
  });
});

describe('ReadAloud rendered on a server', () => {
  let root: Root | undefined;
  let container: HTMLElement | undefined;
  afterEach(() => {
    act(() => root?.unmount());
    container?.remove();
    vi.restoreAllMocks();
  });

  it('is disabled in the server markup and enabled once hydrated, with no hydration error', async () => {
    const speech = new DemoSpeech();
    const app = <Page theme={standard} speech={speech}>{article}</Page>;
    container = document.createElement('div');
    container.innerHTML = renderToString(app);
    document.body.append(container);
    const button = () => container!.querySelector('button')!;
    expect(button()).toBeDisabled();
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    await act(async () => {
      root = hydrateRoot(container!, app, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(button()).toBeEnabled();
    expect(button()).not.toHaveAttribute('aria-pressed');
  });
});
