import { allThemes, themeName } from '@elder-ui/tokens';
import { render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '.';

const measured: string[] = [];
afterAll(() => console.info(`Measured tabs (w × h, font):\n${measured.join('\n')}`));

const names = ['Money in', 'Money out', 'Bills', 'Everything'];

function renderTabs(theme: object, width = '40rem') {
  render(
    <ThemeScope {...theme} style={{ width }}>
      <Tabs defaultValue="Money in">
        <TabsList aria-label="Statement">
          {names.map((name) => (
            <TabsTrigger key={name} value={name}>
              {name}
            </TabsTrigger>
          ))}
        </TabsList>
        {names.map((name) => (
          <TabsContent key={name} value={name}>
            {name}: nothing yet.
          </TabsContent>
        ))}
      </Tabs>
    </ThemeScope>,
  );
  return screen.getByRole('tablist');
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('Tabs in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`are targets of at least ${elder ? 60 : 44} px with a visible selected state and focus ring`, async () => {
    renderTabs(theme);
    const [first, second] = screen.getAllByRole('tab');
    const box = first!.getBoundingClientRect();
    measured.push(`${name}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}, ${getComputedStyle(first!).fontSize}`);
    expect(box.height).toBeGreaterThanOrEqual(elder ? 60 : 44);
    expect(box.width).toBeGreaterThanOrEqual(elder ? 60 : 44);
    expect(px(getComputedStyle(first!).fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
    // Selected is bold and underlined, the others are not: not colour alone.
    expect(Number(getComputedStyle(first!).fontWeight)).toBeGreaterThan(Number(getComputedStyle(second!).fontWeight));
    expect(px(getComputedStyle(first!).borderBottomWidth)).toBeGreaterThanOrEqual(3);
    await userEvent.keyboard('{Tab}');
    expect(first).toHaveFocus();
    expect(getComputedStyle(first!).outlineStyle).toBe('solid');
  });
});

describe('Tabs in a narrow column', () => {
  it('wrap onto more rows in elder mode, every tab in view', () => {
    const list = renderTabs({ mode: 'elder' }, '16rem');
    expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
    const tops = new Set(screen.getAllByRole('tab').map((tab) => Math.round(tab.getBoundingClientRect().top)));
    expect(tops.size).toBeGreaterThan(1);
  });

  it('stay on one row and scroll in standard mode', () => {
    const list = renderTabs({ mode: 'standard' }, '12rem');
    const tops = new Set(screen.getAllByRole('tab').map((tab) => Math.round(tab.getBoundingClientRect().top)));
    expect(tops.size).toBe(1);
    expect(list.scrollWidth).toBeGreaterThan(list.clientWidth);
  });
});
