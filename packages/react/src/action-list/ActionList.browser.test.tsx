import { TransferIcon } from '@elder-ui/icons';
import { allThemes, minimumContrast, themeName } from '@elder-ui/tokens';
import { render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import { ActionList, ListRow } from '.';

const measured: string[] = [];
afterAll(() => console.info(`Measured ListRow (w × h, title font):\n${measured.join('\n')}`));

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('ListRow in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`is one target at least 60 px high, with ${elder ? 22 : 16} px titles and a visible focus ring`, async () => {
    render(
      <ThemeScope {...theme} style={{ width: '24rem' }}>
        <ActionList aria-label="Services">
          <ListRow icon={<TransferIcon />} title="Send" href="#send" />
          <ListRow icon={<TransferIcon />} title="Pay bills" description="Water, power, phone" href="#bills" />
        </ActionList>
      </ThemeScope>,
    );
    const [short, tall] = screen.getAllByRole('link');
    const box = short!.getBoundingClientRect();
    const title = short!.querySelector('span span')!;
    measured.push(`${name}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}, ${getComputedStyle(title).fontSize}`);
    expect(box.height).toBeGreaterThanOrEqual(60);
    expect(tall!.getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
    expect(px(getComputedStyle(title).fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
    const description = screen.getByText('Water, power, phone');
    expect(px(getComputedStyle(description).fontSize)).toBeGreaterThanOrEqual(elder ? 18 : 14);
    expect(contrastRatio(getComputedStyle(description).color, backgroundBehind(description))).toBeGreaterThanOrEqual(
      minimumContrast('text', theme),
    );
    await userEvent.keyboard('{Tab}');
    expect(short).toHaveFocus();
    expect(getComputedStyle(short!).outlineStyle).toBe('solid');
    expect(px(getComputedStyle(short!).outlineWidth)).toBeGreaterThanOrEqual(3);
  });
});

describe('a ListRow with long words', () => {
  it('wraps inside a narrow column in elder mode', () => {
    render(
      <ThemeScope mode="elder" style={{ width: '14rem' }}>
        <ActionList>
          <ListRow title="Guangzhou Municipal Water Supply Company" description="Due on the 15th" href="#w" />
        </ActionList>
      </ThemeScope>,
    );
    const row = screen.getByRole('link');
    expect(row.scrollWidth).toBeLessThanOrEqual(row.clientWidth);
    expect(row.getBoundingClientRect().height).toBeGreaterThan(90);
  });
});
