import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { contrastRatio, px } from '../../../../test/support/measure';
import * as stories from './HelpButton.stories';

const measured: string[] = [];
afterAll(() => console.info(`Measured HelpButton (w × h, font; action rows h, title font):\n${measured.join('\n')}`));

function renderStory(name: 'Closed' | 'FixedTopEnd', theme: Partial<ResolvedTheme> = {}) {
  const Story = composeStories(stories, { initialGlobals: { ...theme } })[name];
  render(<Story />);
  return screen.getByRole('button', { name: 'Help' });
}

async function openSheet(button: HTMLElement) {
  await userEvent.click(button);
  const sheet = await screen.findByRole('dialog', { name: 'Get help' });
  await Promise.all(sheet.getAnimations().map((animation) => animation.finished));
  return sheet;
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('HelpButton in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`says "Help" in words beside its icon, at least ${elder ? '60 × 60' : '44 × 44'} px with ${elder ? 22 : 16} px text`, async () => {
    const button = renderStory('Closed', theme);
    const box = button.getBoundingClientRect();
    const style = getComputedStyle(button);
    expect(box.width).toBeGreaterThanOrEqual(elder ? 60 : 44);
    expect(box.height).toBeGreaterThanOrEqual(elder ? 60 : 44);
    expect(px(style.fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
    expect(contrastRatio(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    // The word shows in both modes, the icon before it.
    const text = [...button.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent === 'Help')!;
    const range = document.createRange();
    range.selectNodeContents(text);
    const word = range.getBoundingClientRect();
    const icon = button.querySelector('svg')!.getBoundingClientRect();
    expect(word.width).toBeGreaterThan(10);
    expect(icon.width).toBeGreaterThan(10);
    expect(icon.right).toBeLessThanOrEqual(word.left);

    const sheet = await openSheet(button);
    const rows = within(sheet).getAllByRole('listitem').map((item) => item.firstElementChild as HTMLElement);
    const title = getComputedStyle(within(sheet).getByText('Call us')).fontSize;
    measured.push(
      `${name}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}, ${style.fontSize}; rows ${rows.map((row) => row.getBoundingClientRect().height.toFixed(1)).join(' / ')}, ${title}`,
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
    expect(px(title)).toBeGreaterThanOrEqual(elder ? 22 : 16);
  });
});

describe('HelpButton in Chromium', () => {
  it('is larger in elder mode than in standard mode', () => {
    const standard = renderStory('Closed', { mode: 'standard' }).getBoundingClientRect();
    cleanup();
    const elder = renderStory('Closed', { mode: 'elder' }).getBoundingClientRect();
    expect(standard.height).toBeLessThan(60);
    expect(elder.height).toBeGreaterThanOrEqual(60);
    expect(elder.width).toBeGreaterThan(standard.width);
  });

  it.each([
    ['top-end', 'top-right'],
    ['bottom-end', 'bottom-right'],
  ] as const)('stays in the %s (%s) corner of the screen when the page scrolls', async (placement, _corner) => {
    const { FixedTopEnd } = composeStories(stories, { initialGlobals: { mode: 'elder' } });
    render(<FixedTopEnd placement={placement} />);
    const button = screen.getByRole('button', { name: 'Help' });
    document.body.style.minHeight = '300vh';
    try {
      const before = button.getBoundingClientRect();
      window.scrollTo(0, 500);
      await expect.poll(() => window.scrollY).toBeGreaterThan(0);
      const after = button.getBoundingClientRect();
      expect(after.top).toBe(before.top);
      expect(after.right).toBe(before.right);
      expect(window.innerWidth - after.right).toBeGreaterThan(0);
      expect(window.innerWidth - after.right).toBeLessThan(window.innerWidth / 4);
      const gap = placement === 'top-end' ? after.top : window.innerHeight - after.bottom;
      expect(gap).toBeGreaterThan(0);
      expect(gap).toBeLessThan(window.innerHeight / 4);
    } finally {
      window.scrollTo(0, 0);
      document.body.style.minHeight = '';
    }
  });

  it('fits a 320 px phone in elder mode, closed and open, with nothing scrolling sideways', async () => {
    await page.viewport(320, 640);
    try {
      const button = renderStory('Closed', { mode: 'elder' });
      expect(button.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const sheet = await openSheet(button);
      expect(sheet.getBoundingClientRect().width).toBeCloseTo(320, 0);
      expect(sheet.scrollWidth).toBeLessThanOrEqual(sheet.clientWidth);
      for (const item of within(sheet).getAllByRole('listitem')) {
        const row = item.firstElementChild as HTMLElement;
        expect(row.scrollWidth).toBeLessThanOrEqual(row.clientWidth);
        expect(row.getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
      }
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1024, 768);
    }
  });
});
