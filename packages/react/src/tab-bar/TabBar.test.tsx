import { primaryTarget, targetAttribute } from '@elder-ui/tokens/contract';
import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { resetWarnings } from '../internal/dev';
import { LocaleProvider } from '../locale';
import { TabBar, TabBarItem } from '.';
import * as stories from './TabBar.stories';

const { FourPlaces, Chinese, Indonesian, RouterLinks, Fixed } = composeStories(stories);

const heightVariable = '--eui-tab-bar-height';

function items(count: number) {
  return Array.from({ length: count }, (_, index) => (
    <TabBarItem key={index} icon={<svg />} label={`Place ${index + 1}`} href={`#place-${index + 1}`} />
  ));
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe('TabBar and TabBarItem', () => {
  it('is a navigation named "Main", holding a list of links named by their words', () => {
    render(<FourPlaces />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('listitem')).toHaveLength(4);
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Home', 'Transfer', 'Messages', 'Me']);
    expect(within(nav).getByRole('link', { name: 'Messages' })).toHaveAttribute('href', '#messages');
  });

  it('names the navigation in the current language, unless told a name', () => {
    const { unmount } = render(<Chinese />);
    expect(screen.getByRole('navigation', { name: '主要' })).toBeInTheDocument();
    unmount();
    render(<Indonesian />);
    expect(screen.getByRole('navigation', { name: 'Utama' })).toBeInTheDocument();
    render(
      <LocaleProvider locale="zh-TW">
        <TabBar position="static" aria-label="帳戶">
          {items(2)}
        </TabBar>
      </LocaleProvider>,
    );
    expect(screen.getByRole('navigation', { name: '帳戶' })).toBeInTheDocument();
  });

  it('marks only the current place with aria-current="page"', () => {
    render(<FourPlaces />);
    expect(screen.getByRole('link', { current: 'page' })).toHaveAccessibleName('Home');
    for (const name of ['Transfer', 'Messages', 'Me']) {
      expect(screen.getByRole('link', { name })).not.toHaveAttribute('aria-current');
    }
  });

  it('shows the word and hides the icon from screen readers, and marks each item a primary target', () => {
    render(
      <TabBar position="static">
        <TabBarItem icon={<svg data-testid="icon" />} label="Home" href="/" />
        <TabBarItem icon={<svg />} label="Me" href="/me" />
      </TabBar>,
    );
    const home = screen.getByRole('link', { name: 'Home' });
    expect(screen.getByTestId('icon').parentElement).toHaveAttribute('aria-hidden', 'true');
    expect(within(home).getByText('Home')).not.toHaveAttribute('aria-hidden');
    expect(home).toHaveAttribute(targetAttribute, primaryTarget);
  });

  it("renders a router's link with asChild, with aria-current, the icon and the word inside it", async () => {
    render(<RouterLinks />);
    const home = screen.getByRole('link', { name: 'Home' });
    expect(home).toHaveAttribute('href', '#home');
    expect(home).toHaveAttribute('aria-current', 'page');
    expect(home).toHaveAttribute(targetAttribute, primaryTarget);
    expect(home.querySelector('[aria-hidden="true"] svg')).not.toBeNull();
    expect(home.className).toBe(screen.getByRole('link', { name: 'Me' }).className);
  });

  it('is a button without href or asChild, for a place the app switches to itself', async () => {
    const onClick = vi.fn();
    render(
      <TabBar position="static">
        <TabBarItem icon={<svg />} label="Home" current />
        <TabBarItem icon={<svg />} label="Me" onClick={onClick} />
      </TabBar>,
    );
    expect(screen.getByRole('button', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    const me = screen.getByRole('button', { name: 'Me' });
    expect(me).toHaveAttribute('type', 'button');
    await userEvent.tab();
    await userEvent.tab();
    expect(me).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledOnce();
  });

  it.each([1, 6])('warns in development with %i items: it takes 2 to 5', (count) => {
    render(<TabBar position="static">{items(count)}</TabBar>);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`TabBar has ${count} item`));
  });

  it.each([2, 5])('does not warn with %i items', (count) => {
    render(<TabBar position="static">{items(count)}</TabBar>);
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns in development when an item has no word', () => {
    render(
      <TabBar position="static">
        <TabBarItem icon={<svg />} label=" " href="/" />
        <TabBarItem icon={<svg />} label="Me" href="/me" />
      </TabBar>,
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('needs a `label`'));
  });

  it('keeps its height on the root element while it is fixed or sticky, and takes it away when it goes', () => {
    const root = document.documentElement;
    const { rerender, unmount } = render(<TabBar>{items(2)}</TabBar>);
    expect(root.style.getPropertyValue(heightVariable)).toMatch(/px$/);
    rerender(<TabBar position="static">{items(2)}</TabBar>);
    expect(root.style.getPropertyValue(heightVariable)).toBe('');
    rerender(<TabBar position="sticky">{items(2)}</TabBar>);
    expect(root.style.getPropertyValue(heightVariable)).toMatch(/px$/);
    unmount();
    expect(root.style.getPropertyValue(heightVariable)).toBe('');
  });

  it('passes its ref and native props to the nav', () => {
    let nav: HTMLElement | null = null;
    render(
      <TabBar position="static" ref={(node) => void (nav = node)} id="main-nav">
        {items(2)}
      </TabBar>,
    );
    expect(nav).toBe(screen.getByRole('navigation'));
    expect(nav).toHaveAttribute('id', 'main-nav');
  });

  it.each([
    ['four places', FourPlaces],
    ['a router', RouterLinks],
    ['Chinese', Chinese],
    ['a fixed bar on a long page', Fixed],
  ])('has no axe violations with %s', async (_name, Story) => {
    render(<Story />);
    expect(await axeViolations()).toEqual([]);
  });
});
