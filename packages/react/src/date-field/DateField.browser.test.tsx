import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import * as stories from './DateField.stories';

const { Filled, PageError, TaiwanRoc, Indonesian, LongLegend } = composeStories(stories);

const measured: string[] = [];
afterAll(() => console.info(`Measured DateField (box h × w for day/month/year, text, part label, legend, hint, error, gap):\n${measured.join('\n')}`));

function renderIn(theme: Partial<ResolvedTheme>, story: ReactNode, width = '30rem') {
  render(
    <ThemeScope {...theme} data-testid="scope" style={{ padding: '1rem', width }}>
      {story}
    </ThemeScope>,
  );
  return screen.getAllByRole('textbox') as HTMLInputElement[];
}

const fontSize = (element: Element) => px(getComputedStyle(element).fontSize);

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('DateField in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`has boxes at least ${elder ? 48 : 44} px high with ${elder ? 20 : 16} px numbers, and readable labels, hint and error`, () => {
    const [day, month, year] = renderIn(theme, <PageError />);
    const legend = screen.getByText('When was your card issued?');
    const hint = screen.getByText('For example, 27 3 2007');
    const error = screen.getByText('The date your card was issued must be in the past');
    const gap = month!.getBoundingClientRect().left - day!.getBoundingClientRect().right;
    measured.push(
      `${name}: ${[day, month, year].map((box) => `${box!.getBoundingClientRect().height.toFixed(1)} × ${box!.getBoundingClientRect().width.toFixed(1)}`).join(', ')}, ` +
        `${fontSize(day!)}px, label ${fontSize(screen.getByText('Day'))}px, legend ${fontSize(legend)}px, hint ${fontSize(hint)}px, error ${fontSize(error)}px, gap ${gap.toFixed(1)}`,
    );
    for (const box of [day, month, year]) {
      const rect = box!.getBoundingClientRect();
      expect(rect.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
      expect(rect.width).toBeGreaterThanOrEqual(elder ? 48 : 44);
      expect(fontSize(box!)).toBeGreaterThanOrEqual(elder ? 20 : 16);
    }
    for (const label of ['Day', 'Month', 'Year']) expect(fontSize(screen.getByText(label))).toBeGreaterThanOrEqual(elder ? 20 : 16);
    expect(fontSize(legend)).toBeGreaterThanOrEqual(elder ? 22 : 16);
    expect(fontSize(hint)).toBeGreaterThanOrEqual(elder ? 18 : 14);
    expect(fontSize(error)).toBeGreaterThanOrEqual(elder ? 20 : 16);
    expect(gap).toBeGreaterThanOrEqual(elder ? 12 : 8);
  });

  it('sizes the boxes to their numbers: 2 for day and month, 4 for the year, all visible', () => {
    const [day, month, year] = renderIn(theme, <Filled />);
    for (const box of [day, month, year]) expect(box!.scrollWidth).toBeLessThanOrEqual(box!.clientWidth);
    expect(year!.getBoundingClientRect().width).toBeGreaterThan(day!.getBoundingClientRect().width);
    expect(month!.getBoundingClientRect().width).toBe(day!.getBoundingClientRect().width);
    // Narrow boxes, as GOV.UK sets them, not the full width of the column.
    expect(year!.getBoundingClientRect().width).toBeLessThan(screen.getByTestId('scope').clientWidth / 2);
  });

  it('has readable labels, a visible border and a red-bordered box only where the error is', () => {
    const [day] = renderIn(theme, <PageError />);
    const behind = backgroundBehind(screen.getByTestId('scope'));
    expect(contrastRatio(getComputedStyle(screen.getByText('Day')).color, behind)).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    expect(contrastRatio(getComputedStyle(day!).borderTopColor, behind)).toBeGreaterThanOrEqual(minimumContrast('non-text', theme));
    expect(px(getComputedStyle(day!).borderTopWidth)).toBeGreaterThanOrEqual(elder ? 2 : 1);
  });

  it('shows a solid focus ring of 3 px or more on each box', async () => {
    const boxes = renderIn(theme, <Filled />);
    for (const box of boxes) {
      await userEvent.keyboard('{Tab}');
      expect(box).toHaveFocus();
      const style = getComputedStyle(box);
      expect(style.outlineStyle).toBe('solid');
      expect(px(style.outlineWidth)).toBeGreaterThanOrEqual(3);
      expect(px(style.outlineOffset)).toBeGreaterThanOrEqual(2);
      expect(contrastRatio(style.outlineColor, backgroundBehind(screen.getByTestId('scope')))).toBeGreaterThanOrEqual(
        minimumContrast('focus', theme),
      );
    }
  });
});

describe('DateField marks only the wrong box', () => {
  it('gives the month box the error border and leaves the others as they were', async () => {
    const [day, month] = renderIn({ mode: 'elder', scheme: 'light', contrast: 'standard' }, <Filled />);
    await userEvent.clear(month!);
    await userEvent.type(month!, '13');
    await userEvent.click(document.body);
    expect(screen.getByText('Month must be between 1 and 12')).toBeVisible();
    expect(getComputedStyle(month!).borderTopColor).not.toBe(getComputedStyle(day!).borderTopColor);
  });
});

describe.each([
  ['100 %', ''],
  ['200 %', '200%'],
])('DateField at 320 px in elder mode, text at %s', (_size, rootSize) => {
  it.each([
    ['English', <Filled key="en" />],
    ['Taiwan, 民國 year', <TaiwanRoc key="roc" />],
    ['Indonesian', <Indonesian key="id" />],
    ['a long legend', <LongLegend key="long" />],
  ])('wraps %s without scrolling sideways or hiding a number', async (_story, story) => {
    await page.viewport(320, 640);
    document.documentElement.style.fontSize = rootSize;
    try {
      const boxes = renderIn({ mode: 'elder', scheme: 'light', contrast: 'standard' }, story, 'auto');
      const scope = screen.getByTestId('scope');
      expect(scope.scrollWidth).toBeLessThanOrEqual(scope.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      for (const box of boxes) {
        expect(box.getBoundingClientRect().right).toBeLessThanOrEqual(320);
        expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
      }
    } finally {
      document.documentElement.style.fontSize = '';
      await page.viewport(1024, 768);
    }
  });
});
