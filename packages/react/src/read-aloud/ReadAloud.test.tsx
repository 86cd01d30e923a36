import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { resetWarnings } from '../internal/dev';
import { LocaleProvider } from '../locale';
import { ThemeScope } from '../theme';
import { ReadAloud, ReadAloudProvider, useReadAloud } from '.';
import { DemoSpeech, demoVoices } from './demo-speech';
import { voicesTimeout } from './reader';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  resetWarnings();
  document.querySelector('[data-eui-announcer="polite"]')?.replaceChildren();
});

const bill = (
  <>
    <h2>Your water bill</h2>
    <p>
      Mr. Tan owes <img src="data:," alt="25 dollars" /> this month. Pay it by Friday!
    </p>
  </>
);

function renderRegions(speech: DemoSpeech, children: ReactNode = <ReadAloud lang="en">{bill}</ReadAloud>) {
  return render(<ReadAloudProvider speech={speech}>{children}</ReadAloudProvider>);
}

const listen = (name: string | RegExp = 'Listen') => screen.getByRole('button', { name });
const spokenTexts = (speech: DemoSpeech) => speech.spoken.map((utterance) => utterance.text);
const announced = () => document.querySelector('[data-eui-announcer="polite"]')?.textContent ?? '';

describe('ReadAloud', () => {
  it('shows a "Listen" button with an icon: a plain button, not a toggle, since its name changes to "Stop"', () => {
    renderRegions(new DemoSpeech());
    const button = listen();
    expect(button).toHaveTextContent('Listen');
    expect(button.querySelector('svg')?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(button).not.toHaveAttribute('aria-pressed');
    expect(button).toBeEnabled();
    expect(button).toHaveAttribute('data-eui-target', 'primary');
  });

  it('reads the region in reading order, one utterance per sentence, in its language and voice', async () => {
    const speech = new DemoSpeech();
    renderRegions(speech);
    await userEvent.click(listen());
    expect(spokenTexts(speech)).toEqual(['Your water bill', 'Mr. Tan owes 25 dollars this month.', 'Pay it by Friday!']);
    for (const utterance of speech.spoken) {
      expect(utterance.lang).toBe('en');
      expect(utterance.voice?.name).toBe('Stand-in English');
      expect(utterance.rate).toBe(1);
    }
  });

  it('shows Stop and which sentence is being read, and goes back to Listen at the end', async () => {
    const speech = new DemoSpeech();
    renderRegions(speech);
    await userEvent.click(listen());
    const button = listen('Stop');
    expect(button).not.toHaveAttribute('aria-pressed');
    expect(button).toHaveAccessibleDescription('Sentence 1 of 3');
    act(() => speech.finish());
    expect(button).toHaveAccessibleDescription('Sentence 2 of 3');
    act(() => speech.finish());
    act(() => speech.finish());
    expect(listen()).not.toHaveAttribute('aria-pressed');
    expect(speech.speaking).toBe(false);
  });

  it('says "Reading" and then "Stopped" politely, and stops on a second press', async () => {
    const speech = new DemoSpeech();
    renderRegions(speech);
    await userEvent.click(listen());
    await waitFor(() => expect(announced()).toBe('Reading'));
    await userEvent.click(listen('Stop'));
    expect(speech.speaking).toBe(false);
    expect(listen()).not.toHaveAttribute('aria-pressed');
    await waitFor(() => expect(announced()).toBe('Stopped'));
  });

  it('cancels the first region when a second one starts: one region speaks at a time', async () => {
    const speech = new DemoSpeech();
    renderRegions(
      speech,
      <>
        <ReadAloud lang="en" data-testid="first">
          <p>First part. Still the first.</p>
        </ReadAloud>
        <ReadAloud lang="zh-CN" data-testid="second">
          <p>第二部分。</p>
        </ReadAloud>
      </>,
    );
    const [first, second] = screen.getAllByRole('button', { name: /Listen/ });
    await userEvent.click(first!);
    const cancelsBefore = speech.cancels;
    await userEvent.click(second!);
    expect(speech.cancels).toBe(cancelsBefore + 1);
    expect(first).toHaveAccessibleName('Listen');
    expect(second).toHaveAccessibleName('Stop');
    expect(speech.current?.text).toBe('第二部分。');
    expect(speech.current?.voice?.lang).toBe('zh-CN');
    // The cancelled sentences' late events change nothing.
    act(() => speech.spoken[0]!.onend?.({}));
    expect(second).toHaveAccessibleName('Stop');
  });

  it.each([
    ['zh-CN', '请在3月15日前缴费。', 'zh-CN'],
    ['zh-TW', '請在3月15日前繳費。', 'zh-TW'],
    ['id-ID', 'Bayar sebelum tanggal 15.', 'id-ID'],
    ['en_US', 'Pay by the 15th.', 'en-US'],
  ])('chooses the voice by the region\'s lang "%s"', async (lang, text, voiceLang) => {
    const speech = new DemoSpeech();
    renderRegions(
      speech,
      <ReadAloud lang={lang}>
        <p>{text}</p>
      </ReadAloud>,
    );
    await userEvent.click(listen());
    expect(speech.spoken.map((utterance) => [utterance.text, utterance.voice?.lang])).toEqual([[text, voiceLang]]);
  });

  it('takes the language from an ancestor when the region has none', async () => {
    const speech = new DemoSpeech();
    renderRegions(
      speech,
      <section lang="zh-TW">
        <ReadAloud>
          <p>您好。</p>
        </ReadAloud>
      </section>,
    );
    await userEvent.click(listen());
    expect(speech.spoken[0]?.voice?.lang).toBe('zh-TW');
  });

  it('says in words that it cannot read Chinese without a Chinese voice, disabled, and never uses an English one', async () => {
    const speech = new DemoSpeech({ voices: demoVoices.filter((voice) => voice.lang.startsWith('en')) });
    renderRegions(
      speech,
      <ReadAloud lang="zh-CN">
        <p>请按时缴费。</p>
      </ReadAloud>,
    );
    const button = screen.getByRole('button', { name: 'Cannot read aloud' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/no Chinese \(China\) voice/);
    expect(screen.getByText(/no Chinese \(China\) voice/)).toBeVisible();
    await userEvent.click(button);
    expect(speech.spoken).toEqual([]);
  });

  it('is disabled while the voices load, ready when they arrive', async () => {
    const speech = new DemoSpeech({ voices: [] });
    renderRegions(speech);
    expect(listen()).toBeDisabled();
    act(() => speech.setVoices(demoVoices));
    expect(listen()).toBeEnabled();
  });

  it('stops waiting for voices after a while, and says it cannot read', () => {
    vi.useFakeTimers();
    renderRegions(new DemoSpeech({ voices: [] }));
    expect(listen()).toBeDisabled();
    act(() => vi.advanceTimersByTime(voicesTimeout));
    expect(screen.getByRole('button', { name: 'Cannot read aloud' })).toHaveAccessibleDescription(/no English voice/);
  });

  it('says so where the browser cannot speak', () => {
    render(
      <ReadAloudProvider speech={null}>
        <ReadAloud lang="en">{bill}</ReadAloud>
      </ReadAloudProvider>,
    );
    expect(screen.getByRole('button', { name: 'Cannot read aloud' })).toHaveAccessibleDescription('This browser cannot read aloud.');
  });

  it('stops on Escape', async () => {
    const speech = new DemoSpeech();
    renderRegions(speech);
    await userEvent.click(listen());
    await userEvent.keyboard('{Escape}');
    expect(speech.speaking).toBe(false);
    expect(listen()).not.toHaveAttribute('aria-pressed');
  });

  it('stops when the page changes (popstate, pagehide)', async () => {
    const speech = new DemoSpeech();
    renderRegions(speech);
    for (const event of ['popstate', 'pagehide']) {
      await userEvent.click(listen());
      expect(speech.speaking).toBe(true);
      act(() => window.dispatchEvent(new Event(event)));
      expect(speech.speaking).toBe(false);
    }
  });

  it('stops when the region goes away while it reads, and nothing of it is said after', async () => {
    const speech = new DemoSpeech();
    const { rerender } = renderRegions(speech);
    await userEvent.click(listen());
    rerender(<ReadAloudProvider speech={speech}>{null}</ReadAloudProvider>);
    expect(speech.speaking).toBe(false);
    expect(speech.spoken).toHaveLength(3);
  });

  it('stops the whole reading when the engine fails to say a sentence', async () => {
    const speech = new DemoSpeech();
    renderRegions(speech);
    await userEvent.click(listen());
    act(() => speech.current?.onerror?.({ error: 'synthesis-failed' }));
    expect(speech.speaking).toBe(false);
    expect(listen()).not.toHaveAttribute('aria-pressed');
    await waitFor(() => expect(announced()).toBe('Stopped'));
  });

  it('stops when the provider goes away', async () => {
    const speech = new DemoSpeech();
    const { unmount } = renderRegions(speech);
    await userEvent.click(listen());
    unmount();
    expect(speech.speaking).toBe(false);
  });

  it('reads at 0.9 in elder mode, and at the speed the person chooses', async () => {
    const speech = new DemoSpeech();
    let api: ReturnType<typeof useReadAloud> | undefined;
    function Speed() {
      api = useReadAloud();
      return null;
    }
    renderRegions(
      speech,
      <ThemeScope mode="elder">
        <Speed />
        <ReadAloud lang="en">{bill}</ReadAloud>
      </ThemeScope>,
    );
    expect(api?.rate).toBe(0.9);
    await userEvent.click(listen());
    expect(speech.spoken[0]?.rate).toBe(0.9);
    act(() => api!.setRate(1.25));
    await userEvent.click(listen('Stop'));
    await userEvent.click(listen());
    expect(speech.spoken.at(-1)?.rate).toBe(1.25);
  });

  it('warns in development about a speed it cannot use', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <ReadAloudProvider speech={new DemoSpeech()} rate={7}>
        <ReadAloud lang="en">{bill}</ReadAloud>
      </ReadAloudProvider>,
    );
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/rate 7; give a number from 0.5 to 2/));
  });

  it.each([
    ['zh-CN', '朗读', '停止'],
    ['zh-TW', '朗讀', '停止'],
    ['id', 'Dengarkan', 'Berhenti'],
  ])('says its words in %s', async (locale, word, stop) => {
    render(
      <LocaleProvider locale={locale}>
        <ReadAloudProvider speech={new DemoSpeech()}>
          <ReadAloud lang="zh-CN">
            <p>您好。</p>
          </ReadAloud>
        </ReadAloudProvider>
      </LocaleProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: word }));
    expect(screen.getByRole('button', { name: stop })).not.toHaveAttribute('aria-pressed');
  });

  it('has no axe violations ready, reading and unable to read', async () => {
    renderRegions(new DemoSpeech());
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(listen());
    expect(await axeViolations()).toEqual([]);
  });

  it('has no axe violations when it cannot read', async () => {
    render(
      <ReadAloudProvider speech={null}>
        <ReadAloud lang="en">{bill}</ReadAloud>
      </ReadAloudProvider>,
    );
    expect(await axeViolations()).toEqual([]);
  });
});

describe('useReadAloud', () => {
  const wrapper = (speech: DemoSpeech) =>
    function Wrapper({ children }: { children?: ReactNode }) {
      return <ReadAloudProvider speech={speech}>{children}</ReadAloudProvider>;
    };

  it('reads a string in the language given, and reports what it reads', () => {
    const speech = new DemoSpeech();
    const { result } = renderHook(() => useReadAloud(), { wrapper: wrapper(speech) });
    expect(result.current.state.status).toBe('idle');
    let outcome: string | undefined;
    act(() => {
      outcome = result.current.speak('Bayar hari ini. Terima kasih!', { lang: 'id_ID' });
    });
    expect(outcome).toBe('speaking');
    expect(spokenTexts(speech)).toEqual(['Bayar hari ini.', 'Terima kasih!']);
    expect(result.current.state).toMatchObject({
      status: 'speaking',
      target: 'Bayar hari ini. Terima kasih!',
      sentence: { text: 'Bayar hari ini.', position: 1, total: 2 },
    });
    act(() => result.current.stop());
    expect(result.current.state.status).toBe('idle');
  });

  it('reports that there is no voice rather than reading with another language\'s', () => {
    const speech = new DemoSpeech({ voices: demoVoices.slice(0, 1) });
    const { result } = renderHook(() => useReadAloud(), { wrapper: wrapper(speech) });
    expect(result.current.voiceFor('zh-TW')).toBeNull();
    let outcome: string | undefined;
    act(() => {
      outcome = result.current.speak('您好。', { lang: 'zh-TW' });
    });
    expect(outcome).toBe('no-voice');
    expect(speech.spoken).toEqual([]);
  });

  it('says it is unavailable while the voices are not known yet', () => {
    const speech = new DemoSpeech({ voices: [] });
    const { result } = renderHook(() => useReadAloud(), { wrapper: wrapper(speech) });
    expect(result.current.state.status).toBe('loading');
    expect(result.current.voiceFor('en')).toBeUndefined();
    let outcome: string | undefined;
    act(() => {
      outcome = result.current.speak('Hello.', { lang: 'en' });
    });
    expect(outcome).toBe('unavailable');
    expect(speech.spoken).toEqual([]);
  });

  it('keeps the speed it had when given one it cannot use, with a development warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { result } = renderHook(() => useReadAloud(), { wrapper: wrapper(new DemoSpeech()) });
    act(() => result.current.setRate(1.5));
    act(() => result.current.setRate(Number.NaN));
    expect(result.current.rate).toBe(1.5);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/rate NaN; give a number from 0.5 to 2/));
  });
});
