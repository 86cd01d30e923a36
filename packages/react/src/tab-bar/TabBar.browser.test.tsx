import { HomeIcon, UserIcon } from '@elder-ui/icons';
import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import { TabBar, TabBarItem } from './TabBar';
import * as stories from './TabBar.stories';

const { FourPlaces, FivePlaces, Chinese, Fixed, StickyInPanel } = composeStories(stories);

const measured: string[] = [];
afterAll(() => console.info(`Measured TabBar items (w × h, word font, bar height):\n${measured.join('\n')}`));

afterEach(async () => {
  await page.viewport(1024, 768);
});

const heightVariable = '--eui-tab-bar-height';

function inTheme(theme: Partial<ResolvedTheme>, story: ReactNode) {
  return render(
    <ThemeScope {...theme} data-testid="scope">
      {story}
    </ThemeScope>,
  );
}

/** The first item's size and word, and the bar's height, as one line of the report. */
function measure(label: string) {
  const item = within(screen.getByRole('navigation')).getAllByRole('link')[0]!;
  const box = item.getBoundingClientRect();
  const bar = screen.getByRole('navigation').getBoundingClientRect();
  measured.push(`${label}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}, ${getComputedStyle(item).fontSize}, bar ${bar.height.toFixed(1)}`);
}

/** Whether two boxes share any area. */
function overlap(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('TabBar in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`gives each of five items an icon and a ${elder ? 22 : 16} px word, in a target at least ${elder ? 60 : 48} px, on a 320 px screen`, async () => {
    await page.viewport(320, 640);
    inTheme(theme, <FivePlaces />);
    for (const item of within(screen.getByRole('navigation')).getAllByRole('link')) {
      const box = item.getBoundingClientRect();
      expect(box.height, item.textContent!).toBeGreaterThanOrEqual(elder ? 60 : 48);
      expect(box.width, item.textContent!).toBeGreaterThanOrEqual(elder ? 60 : 48);
      expect(px(getComputedStyle(item).fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
      // The word is shown in both modes, not only given as a name; the icon is drawn above it.
      expect(item.lastElementChild!.getBoundingClientRect().height).toBeGreaterThan(0);
      expect(item.querySelector('svg')!.getBoundingClientRect().width).toBeGreaterThan(0);
    }
    measure(`${name}, five at 320 px`);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('keeps four Chinese words on one line each on a 320 px screen', async () => {
    await page.viewport(320, 640);
    inTheme(theme, <Chinese />);
    for (const item of within(screen.getByRole('navigation')).getAllByRole('link')) {
      const word = item.lastElementChild!;
      expect(word.getBoundingClientRect().height).toBeLessThanOrEqual(px(getComputedStyle(word).lineHeight) + 0.5);
    }
    measure(`${name}, four Chinese at 320 px`);
  });

  it('paints the current word and the others with enough contrast, the current one bold with a bar', () => {
    inTheme(theme, <FourPlaces />);
    const [current, other] = within(screen.getByRole('navigation')).getAllByRole('link');
    for (const item of [current!, other!]) {
      expect(contrastRatio(getComputedStyle(item).color, backgroundBehind(item))).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    }
    const style = getComputedStyle(current!);
    expect(Number(style.fontWeight)).toBeGreaterThan(Number(getComputedStyle(other!).fontWeight));
    expect(px(style.borderTopWidth)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(style.borderTopColor, backgroundBehind(current!))).toBeGreaterThanOrEqual(3);
  });

  it('draws a solid focus ring of 3 px or more inside the item', async () => {
    inTheme(theme, <FourPlaces />);
    await userEvent.keyboard('{Tab}');
    const [home] = within(screen.getByRole('navigation')).getAllByRole('link');
    expect(home).toHaveFocus();
    const style = getComputedStyle(home!);
    expect(style.outlineStyle).toBe('solid');
    expect(px(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    // Inside the edge, so the screen's edge cannot clip it.
    expect(px(style.outlineOffset)).toBeLessThan(0);
  });
});

describe('a fixed TabBar and focus (WCAG 2.4.11)', () => {
  it('never covers the element the keyboard focuses, at the end of a long page', async () => {
    render(<Fixed />);
    window.scrollTo(0, 0);
    const bar = screen.getByRole('navigation');
    expect(getComputedStyle(bar).position).toBe('fixed');
    await userEvent.keyboard('{Tab}');
    const last = screen.getByRole('link', { name: 'the full list' });
    expect(last).toHaveFocus();
    expect(window.scrollY).toBeGreaterThan(0);
    expect(overlap(last.getBoundingClientRect(), bar.getBoundingClientRect())).toBe(false);
  });

  it('scrolls a link that sits just inside the screen, under the bar, to above it', async () => {
    // Without the root's scroll padding the browser counts this link as in view and leaves it under the bar.
    render(
      <ThemeScope mode="elder">
        <p style={{ margin: 0, paddingTop: 'calc(100vh - 3rem)' }}>
          <a href="#bill">details of the bill</a>
        </p>
        <p style={{ height: '200vh' }}>More bills</p>
        <TabBar>
          <TabBarItem icon={<HomeIcon />} label="Home" href="#home" current />
          <TabBarItem icon={<UserIcon />} label="Me" href="#me" />
        </TabBar>
      </ThemeScope>,
    );
    window.scrollTo(0, 0);
    const bar = screen.getByRole('navigation');
    const link = screen.getByRole('link', { name: 'details of the bill' });
    expect(overlap(link.getBoundingClientRect(), bar.getBoundingClientRect())).toBe(true);
    await userEvent.keyboard('{Tab}');
    expect(link).toHaveFocus();
    expect(overlap(link.getBoundingClientRect(), bar.getBoundingClientRect())).toBe(false);
  });

  it('keeps its height on the root element while mounted, following the bar as it grows', async () => {
    const { rerender, unmount } = inTheme({ mode: 'standard' }, <Fixed />);
    const bar = screen.getByRole('navigation');
    const root = document.documentElement;
    expect(px(root.style.getPropertyValue(heightVariable))).toBeCloseTo(bar.getBoundingClientRect().height, 0);
    expect(px(getComputedStyle(root).scrollPaddingBottom)).toBeCloseTo(bar.getBoundingClientRect().height, 0);
    const before = bar.getBoundingClientRect().height;
    rerender(
      <ThemeScope mode="elder" data-testid="scope">
        <Fixed />
      </ThemeScope>,
    );
    const grown = screen.getByRole('navigation');
    await expect.poll(() => px(root.style.getPropertyValue(heightVariable))).toBeCloseTo(grown.getBoundingClientRect().height, 0);
    expect(grown.getBoundingClientRect().height).toBeGreaterThan(before);
    unmount();
    expect(root.style.getPropertyValue(heightVariable)).toBe('');
    expect(getComputedStyle(root).scrollPaddingBottom).not.toBe(`${before}px`);
  });

  it('leaves a spacer of its height where it is rendered when fixed, and none when sticky or static', () => {
    const { container, unmount } = render(<Fixed />);
    const spacer = container.querySelector('nav + [aria-hidden="true"]')!;
    expect(spacer.getBoundingClientRect().height).toBeCloseTo(screen.getByRole('navigation').getBoundingClientRect().height, 0);
    unmount();
    const sticky = render(<StickyInPanel />);
    expect(getComputedStyle(screen.getByRole('navigation')).position).toBe('sticky');
    expect(sticky.container.querySelector('nav + *')).toBeNull();
    expect(document.documentElement.style.getPropertyValue(heightVariable)).not.toBe('');
    sticky.unmount();
    const { container: still } = render(<FourPlaces />);
    expect(getComputedStyle(screen.getByRole('navigation')).position).toBe('static');
    expect(still.querySelector('nav + *')).toBeNull();
    expect(document.documentElement.style.getPropertyValue(heightVariable)).toBe('');
  });

  it('keeps focus above a sticky bar inside a scrolling panel that takes the same scroll padding', async () => {
    render(<StickyInPanel />);
    const bar = screen.getByRole('navigation');
    await userEvent.keyboard('{Tab}');
    const last = screen.getByRole('link', { name: 'the full list' });
    expect(last).toHaveFocus();
    expect(overlap(last.getBoundingClientRect(), bar.getBoundingClientRect())).toBe(false);
  });
});

describe('a TabBar on a phone with a home indicator', () => {
  it('keeps its items above the safe-area inset', async () => {
    const session = cdp();
    await session.send('Emulation.setSafeAreaInsetsOverride', { insets: { bottom: 34 } });
    try {
      render(<Fixed />);
      const bar = screen.getByRole('navigation');
      expect(px(getComputedStyle(bar).paddingBottom)).toBe(34);
      const items = within(bar).getAllByRole('link');
      expect(items[0]!.getBoundingClientRect().bottom).toBeLessThanOrEqual(window.innerHeight - 34 + 0.5);
    } finally {
      await session.send('Emulation.setSafeAreaInsetsOverride', { insets: {} });
    }
  });
});
