import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { resetWarnings } from '../internal/dev';
import { LocaleProvider } from '../locale';
import { ReadAloudProvider } from '../read-aloud';
import { DemoSpeech } from '../read-aloud/demo-speech';
import { HelpAction, HelpButton, HelpListenAction } from '.';
import * as stories from './HelpButton.stories';

const { Closed, Indonesian, TraditionalChinese } = composeStories(stories);

afterEach(() => {
  vi.restoreAllMocks();
  resetWarnings();
});

/** A help button with one action of each kind, spied on. */
function renderHelp() {
  const onCall = vi.fn((event: MouseEvent) => event.preventDefault());
  const onAsk = vi.fn();
  render(
    <HelpButton>
      <HelpAction href="tel:95188" title="Call us" description="Every day, 8:00 to 20:00" onClick={(event) => onCall(event.nativeEvent)} />
      <HelpAction title="Ask a family member" onClick={onAsk} />
    </HelpButton>,
  );
  return { onCall, onAsk, button: screen.getByRole('button', { name: 'Help' }) };
}

describe('HelpButton', () => {
  it('is a button that says "Help" in words, beside a hidden icon', () => {
    render(<Closed />);
    const button = screen.getByRole('button', { name: 'Help' });
    expect(button).toHaveTextContent(/^Help$/);
    expect(button.querySelector('svg')?.closest('[aria-hidden="true"]')).not.toBeNull();
    // Marked for the elder rules, which hold primary targets to 60 × 60.
    expect(button).toHaveAttribute('data-eui-target', 'primary');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it.each([
    ['zh-CN', '帮助', '获取帮助'],
    ['zh-TW', '幫助', '取得協助'],
    ['id', 'Bantuan', 'Minta bantuan'],
  ])('says it in %s, and titles its sheet in the same language', async (locale, word, title) => {
    render(
      <LocaleProvider locale={locale}>
        <HelpButton>
          <HelpAction title="…" href="tel:95188" />
        </HelpButton>
      </LocaleProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: word }));
    expect(screen.getByRole('dialog', { name: title })).toBeInTheDocument();
  });

  it('shows in the stories in Traditional Chinese and Indonesian', async () => {
    render(<TraditionalChinese />);
    expect(await screen.findByRole('dialog', { name: '取得協助' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '幫助', hidden: true })).toBeInTheDocument();
    screen.getByRole('button', { name: '關閉' }).click();
    render(<Indonesian />);
    expect(screen.getByRole('button', { name: 'Bantuan' })).toBeInTheDocument();
  });

  it('opens a sheet of its actions, each a link or a button named by its title', async () => {
    const { button } = renderHelp();
    await userEvent.click(button);
    const sheet = screen.getByRole('dialog', { name: 'Get help' });
    expect(sheet).toHaveAccessibleDescription('Choose how you would like to get help.');
    const list = within(sheet).getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByRole('link', { name: /^Call us/ })).toHaveAttribute('href', 'tel:95188');
    expect(within(list).getByRole('button', { name: 'Ask a family member' })).toBeInTheDocument();
  });

  it.each([
    ['a click', async (button: HTMLElement) => userEvent.click(button)],
    ['Enter', async (button: HTMLElement) => (button.focus(), userEvent.keyboard('{Enter}'))],
    ['Space', async (button: HTMLElement) => (button.focus(), userEvent.keyboard(' '))],
  ])('fires no action when opened by %s: focus starts on the close button', async (_how, open) => {
    const { onCall, onAsk, button } = renderHelp();
    await open(button);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(onCall).not.toHaveBeenCalled();
    expect(onAsk).not.toHaveBeenCalled();
  });

  it('runs a chosen action, closes and gives focus back to the help button', async () => {
    const { onAsk, button } = renderHelp();
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('button', { name: 'Ask a family member' }));
    expect(onAsk).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('closes with Escape and with its close button, focus back on the help button each time', async () => {
    const { button } = renderHelp();
    await userEvent.click(button);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('takes its own title and description for the sheet, or none', async () => {
    render(
      <HelpButton defaultOpen title="Talk to us" description={null}>
        <HelpAction title="Call us" href="tel:95188" />
      </HelpButton>,
    );
    const sheet = await screen.findByRole('dialog', { name: 'Talk to us' });
    expect(sheet).not.toHaveAttribute('aria-describedby');
  });

  it('warns in development when it has no actions', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<HelpButton />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/HelpButton needs at least one <HelpAction>/));
  });

  it('has no axe violations closed and open', async () => {
    const { button } = renderHelp();
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(button);
    expect(await axeViolations()).toEqual([]);
  });

  it('offers "Listen to this page", which reads the page behind the sheet and then offers to stop', async () => {
    const speech = new DemoSpeech();
    render(
      <ReadAloudProvider speech={speech}>
        <header>
          <HelpButton>
            <HelpListenAction />
            <HelpAction title="Call us" href="tel:95188" />
          </HelpButton>
        </header>
        <main lang="zh-CN">
          <h1>账单</h1>
          <p>请在月底前缴费。谢谢！</p>
        </main>
      </ReadAloudProvider>,
    );
    const help = screen.getByRole('button', { name: 'Help' });
    await userEvent.click(help);
    const rows = within(screen.getByRole('dialog')).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('Listen to this page');
    await userEvent.click(within(rows[0]!).getByRole('button'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(speech.spoken.map((utterance) => [utterance.text, utterance.voice?.lang])).toEqual([
      ['账单', 'zh-CN'],
      ['请在月底前缴费。', 'zh-CN'],
      ['谢谢！', 'zh-CN'],
    ]);
    await userEvent.click(help);
    await userEvent.click(screen.getByRole('button', { name: 'Stop reading' }));
    expect(speech.speaking).toBe(false);
  });

  it('shows "Listen to this page" disabled, saying it cannot read, where there is no voice for the page', async () => {
    render(
      <ReadAloudProvider speech={new DemoSpeech({ voices: [] })}>
        <HelpButton defaultOpen>
          <HelpListenAction />
          <HelpAction title="Call us" href="tel:95188" />
        </HelpButton>
      </ReadAloudProvider>,
    );
    const row = await screen.findByRole('button', { name: /Listen to this page/ });
    expect(row).toBeDisabled();
  });
});
