import { primaryTarget, targetAttribute } from '@elder-ui/tokens/contract';
import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentPropsWithRef, ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { resetWarnings } from '../internal/dev';
import { LocaleProvider } from '../locale';
import { ServiceGrid, ServiceTile } from '.';
import * as stories from './ServiceGrid.stories';

const { HomeScreen, Badges, Links, Chinese } = composeStories(stories);

/** A router's link as Next.js and React Router write theirs: an `<a>` that passes its props and clicks through. */
function RouterLink({ to, onClick, children, ...props }: { to: string } & ComponentPropsWithRef<'a'>) {
  return (
    <a
      {...props}
      href={to}
      data-router=""
      onClick={(event) => {
        event.preventDefault();
        onClick?.(event);
      }}
    >
      {children}
    </a>
  );
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe('ServiceGrid and ServiceTile', () => {
  it('is a named list, so screen readers say how many services there are', () => {
    render(<HomeScreen />);
    const list = screen.getByRole('list', { name: 'Services' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    expect(within(list).getAllByRole('button').map((tile) => tile.textContent)).toEqual(['Transfer', 'Pay bills', 'Top up', 'Family', 'Help']);
  });

  it('has three tiles to a row in elder mode for Chinese words and two for others, unless told', () => {
    const classOf = (grid: ReactElement) => render(grid).container.querySelector('ul')!.className;
    const three = classOf(<ServiceGrid elderColumns={3} />);
    const two = classOf(<ServiceGrid elderColumns={2} />);
    expect(three).not.toBe(two);
    expect(classOf(<ServiceGrid />)).toBe(two);
    expect(classOf(<LocaleProvider locale="id"><ServiceGrid /></LocaleProvider>)).toBe(two);
    expect(classOf(<LocaleProvider locale="zh-CN"><ServiceGrid /></LocaleProvider>)).toBe(three);
    expect(classOf(<LocaleProvider locale="zh-TW"><ServiceGrid /></LocaleProvider>)).toBe(three);
    expect(classOf(<LocaleProvider locale="zh-CN"><ServiceGrid elderColumns={2} /></LocaleProvider>)).toBe(two);
  });

  it('makes each tile one button named by its word, with the icon hidden and the primary target mark', () => {
    render(
      <ServiceGrid>
        <ServiceTile icon={<svg data-testid="icon" />} label="Transfer" />
      </ServiceGrid>,
    );
    const tile = screen.getByRole('button', { name: 'Transfer' });
    expect(tile).toHaveAttribute('type', 'button');
    expect(tile).toHaveAttribute(targetAttribute, primaryTarget);
    expect(screen.getByTestId('icon').parentElement).toHaveAttribute('aria-hidden', 'true');
  });

  it('shows the badge in words and says it as part of the tile\'s name', () => {
    render(<Badges />);
    // A hidden comma keeps the two apart when read; name computations differ only in the spaces around it.
    expect(screen.getByRole('button', { name: /^Family\s?,\s?3 new$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Pay bills\s?,\s?Due today$/ })).toBeInTheDocument();
    expect(screen.getByText('3 new')).not.toHaveAttribute('aria-hidden');
    expect(screen.getByRole('button', { name: 'Transfer' })).toBeInTheDocument();
  });

  it('is pressed with a click, Enter and Space', async () => {
    const onClick = vi.fn();
    render(
      <ServiceGrid>
        <ServiceTile icon={<svg />} label="Top up" onClick={onClick} />
      </ServiceGrid>,
    );
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    await userEvent.click(screen.getByText('Top up'));
    expect(onClick).toHaveBeenCalledTimes(3);
  });

  it('is a link with href, and a router\'s link with asChild, keeping its content, look and mark', async () => {
    render(<Links />);
    const plain = screen.getByRole('link', { name: 'Transfer' });
    const routed = screen.getByRole('link', { name: 'Pay bills' });
    expect(plain).toHaveAttribute('href', '#transfer');
    expect(routed).toHaveAttribute('href', '#bills');
    expect(routed.className).toBe(plain.className);
    expect(routed).toHaveAttribute(targetAttribute, primaryTarget);
    expect(routed.querySelector('[aria-hidden="true"] svg')).not.toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it("passes a press through to the router's link and the tile's own handler", async () => {
    const onClick = vi.fn();
    render(
      <ServiceGrid>
        <ServiceTile icon={<svg />} label="Family" asChild onClick={onClick}>
          <RouterLink to="/family" />
        </ServiceTile>
      </ServiceGrid>,
    );
    const link = screen.getByRole('link', { name: 'Family' });
    expect(link).toHaveAttribute('data-router');
    await userEvent.click(link);
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('passes its ref and native props to the list and to the tile', () => {
    let list: HTMLUListElement | null = null;
    let tile: HTMLButtonElement | null = null;
    render(
      <ServiceGrid ref={(node) => void (list = node)} id="services">
        <ServiceTile ref={(node) => void (tile = node)} icon={<svg />} label="Help" aria-describedby="hint" />
      </ServiceGrid>,
    );
    expect(list).toBe(screen.getByRole('list'));
    expect(tile).toBe(screen.getByRole('button', { name: 'Help' }));
    expect(tile).toHaveAttribute('aria-describedby', 'hint');
  });

  it.each([['3'], [5], ['•'], ['99+']])('warns in development when a badge is a bare number or mark (%s)', (badge) => {
    render(
      <ServiceGrid>
        <ServiceTile icon={<svg />} label="Family" badge={badge} />
      </ServiceGrid>,
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('has no words'));
  });

  it('does not warn when the badge is in words, in any script', () => {
    render(
      <ServiceGrid>
        <ServiceTile icon={<svg />} label="Family" badge="3 new" />
        <ServiceTile icon={<svg />} label="缴费" badge="2 笔待缴" />
      </ServiceGrid>,
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns in development when a tile has no word', () => {
    render(
      <ServiceGrid>
        <ServiceTile icon={<svg />} label="" />
      </ServiceGrid>,
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('needs a `label`'));
  });

  it.each([
    ['buttons', HomeScreen],
    ['badges', Badges],
    ['links', Links],
    ['Chinese', Chinese],
  ])('has no axe violations with %s', async (_name, Story) => {
    render(<Story />);
    expect(await axeViolations()).toEqual([]);
  });
});
