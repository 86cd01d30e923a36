import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { contrastRatio, px } from '../../../../test/support/measure';
import * as stories from './Sheet.stories';

const measured: string[] = [];
afterAll(() => console.info(`Measured Sheet close buttons (w × h, title font, body font):\n${measured.join('\n')}`));

/** Renders a story of the sheet in a theme and waits for it to come to rest at its place. */
async function openStory(name: 'Open' | 'LongContent', theme: Partial<ResolvedTheme> = {}) {
  const Story = composeStories(stories, { initialGlobals: { ...theme } })[name];
  render(<Story />);
  const sheet = await screen.findByRole('dialog');
  await Promise.all(sheet.getAnimations().map((animation) => animation.finished));
  return sheet;
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('Sheet in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`sits on the bottom edge, centred, with a close button of at least ${elder ? '60 × 60' : '44 × 44'} px in its top-right corner`, async () => {
    const sheet = await openStory('Open', theme);
    const frame = sheet.getBoundingClientRect();
    const close = within(sheet).getByRole('button', { name: 'Close' });
    const box = close.getBoundingClientRect();
    const title = within(sheet).getByRole('heading', { name: 'Opening hours' });
    const words = within(sheet).getByText(/^Branches:/);
    measured.push(
      `${name}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}, title ${getComputedStyle(title).fontSize}, body ${getComputedStyle(words).fontSize}`,
    );
    expect(Math.abs(frame.bottom - window.innerHeight)).toBeLessThanOrEqual(1);
    expect(Math.abs(frame.left - (window.innerWidth - frame.right))).toBeLessThanOrEqual(1);
    expect(box.width).toBeGreaterThanOrEqual(elder ? 60 : 44);
    expect(box.height).toBeGreaterThanOrEqual(elder ? 60 : 44);
    const padding = px(getComputedStyle(sheet).paddingTop) + px(getComputedStyle(sheet).borderTopWidth);
    expect(box.top - frame.top).toBeLessThanOrEqual(padding + 1);
    expect(frame.right - box.right).toBeLessThanOrEqual(px(getComputedStyle(sheet).paddingRight) + px(getComputedStyle(sheet).borderRightWidth) + 1);
    expect(box.left).toBeGreaterThan(title.getBoundingClientRect().left);
    // In elder mode the icon never stands alone: the word shows beside it.
    expect(within(close).getByText('Close').getBoundingClientRect().width > 1).toBe(elder);
    expect(px(getComputedStyle(title).fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
    expect(px(getComputedStyle(words).fontSize)).toBeGreaterThanOrEqual(elder ? 20 : 16);
    const style = getComputedStyle(sheet);
    expect(contrastRatio(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(minimumContrast('text', theme));
  });
});

describe('Sheet in Chromium', () => {
  it('is at most 90 % of the screen high when long: its body scrolls, by keyboard too, and the title and close button stay in view', async () => {
    const sheet = await openStory('LongContent');
    const frame = sheet.getBoundingClientRect();
    expect(frame.height).toBeLessThanOrEqual(window.innerHeight * 0.9 + 1);
    expect(Math.abs(frame.bottom - window.innerHeight)).toBeLessThanOrEqual(1);
    const title = within(sheet).getByRole('heading', { name: 'Fees for sending money abroad' });
    const body = title.nextElementSibling as HTMLElement;
    expect(body.scrollHeight).toBeGreaterThan(body.clientHeight);
    // Scrollable, so a keyboard can reach it: the stop after the close button.
    await userEvent.keyboard('{Tab}');
    expect(body).toHaveFocus();
    expect(body.matches(':focus-visible')).toBe(true);
    await userEvent.keyboard('{End}');
    await expect.poll(() => body.scrollTop).toBeGreaterThan(0);
    // The sheet itself did not scroll: its title and close button are where they were.
    expect(sheet.scrollTop).toBe(0);
    expect(title.getBoundingClientRect().top).toBeGreaterThanOrEqual(frame.top);
    expect(within(sheet).getByRole('button', { name: 'Close' }).getBoundingClientRect().top).toBeGreaterThanOrEqual(frame.top);
    // The page under it does not scroll sideways or move.
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  });

  it('takes no focus stop of its own when its body fits', async () => {
    const sheet = await openStory('Open');
    const body = within(sheet).getByText(/^Branches:/).parentElement!.parentElement!;
    expect(body).not.toHaveAttribute('tabindex');
  });

  it('slides in only in standard mode without a reduced-motion preference', async () => {
    const standard = await openStory('Open', { mode: 'standard' });
    expect(getComputedStyle(standard).animationName).not.toBe('none');
    cleanup();
    const elder = await openStory('Open', { mode: 'elder' });
    expect(getComputedStyle(elder).animationName).toBe('none');
  });

  it('stands still under reduced motion', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    try {
      const sheet = await openStory('Open', { mode: 'standard' });
      expect(getComputedStyle(sheet).animationName).toBe('none');
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('fills the width of a 320 px phone in elder mode, with nothing scrolling sideways', async () => {
    await page.viewport(320, 640);
    try {
      const sheet = await openStory('LongContent', { mode: 'elder' });
      const frame = sheet.getBoundingClientRect();
      expect(frame.left).toBeCloseTo(0, 0);
      expect(frame.right).toBeCloseTo(320, 0);
      expect(sheet.scrollWidth).toBeLessThanOrEqual(sheet.clientWidth);
      const body = within(sheet).getByRole('heading').nextElementSibling as HTMLElement;
      expect(body.scrollWidth).toBeLessThanOrEqual(body.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const close = within(sheet).getByRole('button', { name: 'Close' }).getBoundingClientRect();
      expect(close.height).toBeGreaterThanOrEqual(60);
      expect(close.right).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1024, 768);
    }
  });
});
