import { composeStories } from '@storybook/react-vite';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { Dialog, DialogContent } from '../dialog';
import { LocaleProvider } from '../locale';
import { SearchField } from './SearchField';
import * as stories from './SearchField.stories';

const { Default, WithResults, Filtering, WithError, Disabled, Chinese, InPageHeader } = composeStories(stories);

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Each message the kit's polite live region is given while the test runs, repeats included. */
function politeAnnouncements(): string[] {
  const region = () => document.querySelector('[data-eui-announcer="polite"]');
  // The region outlives a test: start from silence, not from the last test's words.
  region()?.replaceChildren();
  const said: string[] = [];
  let last = '';
  const observer = new MutationObserver(() => {
    const text = region()?.textContent ?? '';
    if (text && text !== last) said.push(text);
    last = text;
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  onTestFinished(() => observer.disconnect());
  return said;
}

describe('SearchField', () => {
  it('is a search box named by its visible label, with the Search key and a decorative icon', () => {
    render(<SearchField label="Search services" name="q" />);
    const input = screen.getByRole('searchbox', { name: 'Search services' });
    expect(input).toHaveAttribute('type', 'search');
    expect(input).toHaveAttribute('enterkeyhint', 'search');
    expect(input).toHaveAttribute('name', 'q');
    expect(screen.getByText('Search services').tagName).toBe('LABEL');
    expect(input.parentElement!.querySelector('svg')!.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.queryByRole('search')).toBeNull();
  });

  it('is a search landmark only when asked', () => {
    render(<InPageHeader />);
    const landmark = screen.getByRole('search');
    expect(landmark).toContainElement(screen.getByRole('searchbox', { name: 'Search services' }));
    expect(screen.getAllByRole('search')).toHaveLength(1);
  });

  it('takes typing and paste, and reports each change', async () => {
    const onValueChange = vi.fn();
    render(<SearchField label="Search" onValueChange={onValueChange} />);
    const input = screen.getByRole('searchbox');
    await userEvent.type(input, 'water');
    await userEvent.paste(' bill');
    expect(input).toHaveValue('water bill');
    expect(onValueChange).toHaveBeenNthCalledWith(1, 'w');
    expect(onValueChange).toHaveBeenLastCalledWith('water bill');
  });

  it('follows `value` when controlled', async () => {
    function Controlled() {
      const [value, setValue] = useState('gas');
      return (
        <>
          <SearchField label="Search" value={value} onValueChange={(next) => setValue(next.toUpperCase())} />
          <output>{value}</output>
        </>
      );
    }
    render(<Controlled />);
    const input = screen.getByRole('searchbox');
    expect(input).toHaveValue('gas');
    await userEvent.type(input, 'x');
    expect(input).toHaveValue('GASX');
  });

  it('shows one clear button once there are words; it empties the field and puts focus back in it', async () => {
    const onValueChange = vi.fn();
    render(<SearchField label="Search" onValueChange={onValueChange} />);
    const input = screen.getByRole('searchbox');
    expect(screen.queryByRole('button')).toBeNull();
    await userEvent.type(input, 'bus');
    const clear = screen.getByRole('button', { name: 'Clear search' });
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(clear).toHaveAttribute('aria-controls', input.id);
    await userEvent.click(clear);
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(onValueChange).toHaveBeenLastCalledWith('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('clears with the keyboard: Tab to the clear button, Enter, and focus is back in the field', async () => {
    render(<SearchField label="Search" defaultValue="bill" />);
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Clear search' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });

  it('clears with Escape, and lets Escape through once there is nothing to clear', async () => {
    const onValueChange = vi.fn();
    const heard = vi.fn();
    render(<SearchField label="Search" defaultValue="bill" onValueChange={onValueChange} />);
    document.addEventListener('keydown', heard);
    onTestFinished(() => document.removeEventListener('keydown', heard));
    await userEvent.click(screen.getByRole('searchbox'));
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith('');
    expect(heard).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(onValueChange).toHaveBeenCalledTimes(1);
  });

  it('inside a dialog, the first Escape empties the field and the second closes the dialog', async () => {
    const onOpenChange = vi.fn();
    render(
      <Dialog defaultOpen onOpenChange={onOpenChange}>
        <DialogContent title="Choose a payee">
          <SearchField label="Search payees" />
        </DialogContent>
      </Dialog>,
    );
    const input = await screen.findByRole('searchbox', { name: 'Search payees' });
    await userEvent.type(input, 'Li');
    await userEvent.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(onOpenChange).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('calls onSearch with the words on Enter, but not while an input method is composing', async () => {
    const onSearch = vi.fn();
    render(<SearchField label="Search" onSearch={onSearch} />);
    const input = screen.getByRole('searchbox');
    await userEvent.type(input, 'pension{Enter}');
    expect(onSearch).toHaveBeenCalledExactlyOnceWith('pension');
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(input, { key: 'Escape', isComposing: true });
    expect(onSearch).toHaveBeenCalledTimes(1);
    expect(input).toHaveValue('pension');
  });

  it('is sent with its form under its name', async () => {
    const sent = vi.fn();
    render(
      <form
        onSubmit={(event) => {
          event.preventDefault();
          sent(Object.fromEntries(new FormData(event.currentTarget)));
        }}
      >
        <SearchField label="Search" name="q" />
        <button type="submit">Go</button>
      </form>,
    );
    await userEvent.type(screen.getByRole('searchbox'), 'gas bill');
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(sent).toHaveBeenCalledExactlyOnceWith({ q: 'gas bill' });
  });

  it.each([
    [0, 'No results'],
    [1, '1 result'],
    [12, '12 results'],
    [1234, '1,234 results'],
  ])('says %i results in words under the field, read with it', (count, words) => {
    render(<SearchField label="Search" hint="A bill or a card" defaultValue="bill" resultCount={count} />);
    expect(screen.getByText(words)).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveAccessibleDescription(`A bill or a card ${words}`);
  });

  it.each([
    ['zh-CN', 3, '找到 3 条结果'],
    ['zh-CN', 0, '没有找到结果'],
    ['zh-TW', 1, '找到 1 筆結果'],
    ['zh-TW', 0, '沒有找到結果'],
    ['id', 1, '1 hasil'],
    ['id', 1500, '1.500 hasil'],
    ['id', 0, 'Tidak ada hasil'],
  ])('in %s says %i results as "%s"', (locale, count, words) => {
    render(
      <LocaleProvider locale={locale}>
        <SearchField label="Search" defaultValue="x" resultCount={count} />
      </LocaleProvider>,
    );
    expect(screen.getByRole('searchbox')).toHaveAccessibleDescription(words);
  });

  it('names its clear button in the locale', () => {
    render(<Chinese />);
    expect(screen.getByRole('button', { name: '清除搜索' })).toBeInTheDocument();
    expect(screen.getByText('找到 3 条结果')).toBeInTheDocument();
  });

  it('says the count once, politely, when typing pauses, not at every key', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const said = politeAnnouncements();
    render(<Filtering />);
    const input = screen.getByRole('searchbox');
    await userEvent.type(input, 'pay');
    expect(screen.getByText('9 results')).toBeInTheDocument();
    expect(said).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(1200));
    expect(said).toEqual(['9 results']);
    // The same count after more typing is not said again; a new one is, once.
    await userEvent.type(input, ' ');
    await act(() => vi.advanceTimersByTimeAsync(1200));
    expect(said).toEqual(['9 results']);
    await userEvent.type(input, 'wa');
    await act(() => vi.advanceTimersByTimeAsync(1200));
    expect(said).toEqual(['9 results', '1 result']);
  });

  it('says nothing about a count that was there before any typing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const said = politeAnnouncements();
    render(<WithResults />);
    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(said).toEqual([]);
  });

  it('warns about a count that is not a whole number of 0 or more, and shows none', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<SearchField label="Search" defaultValue="x" resultCount={-1} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('resultCount -1'));
    expect(screen.getByRole('searchbox')).not.toHaveAccessibleDescription();
  });

  it('says "required" in words, shows its error, and is described by hint and error', () => {
    render(<WithError />);
    const input = screen.getByRole('searchbox', { name: 'Search services (required)' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Error: Type at least 2 letters to search');
  });

  it('can be disabled, its clear button with it', () => {
    render(<Disabled />);
    expect(screen.getByRole('searchbox')).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Clear search' })).toBeDisabled();
  });

  it('puts className and style on the outer box and ref on the input', () => {
    const ref = createRef<HTMLInputElement>();
    render(<SearchField label="Search" className="finder" style={{ marginBlockEnd: '2rem' }} ref={ref} />);
    const box = screen.getByText('Search').parentElement!;
    expect(box).toHaveClass('finder');
    expect(box.style.marginBlockEnd).toBe('2rem');
    expect(ref.current).toBe(screen.getByRole('searchbox'));
  });

  it.each([
    ['empty', Default],
    ['with words and a count', WithResults],
    ['with an error', WithError],
    ['disabled', Disabled],
    ['as a landmark in a header', InPageHeader],
  ])('has no axe violations %s', async (_state, Story) => {
    render(<Story />);
    expect(await axeViolations()).toEqual([]);
  });
});
