import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { currencyDigits } from '../money/decimal';
import { ThemeScope } from '../theme';
import { amountFormat } from './parse-amount';
import * as stories from './AmountField.stories';

const { Filled, WordsChinese, WordsLong } = composeStories(stories);

const measured: string[] = [];
afterAll(() => console.info(`Measured AmountField (box h, digits, currency; words):\n${measured.join('\n')}`));

function renderIn(theme: ResolvedTheme) {
  render(
    <ThemeScope {...theme} style={{ padding: '1rem', width: '30rem' }}>
      <Filled />
    </ThemeScope>,
  );
  return screen.getByRole('textbox', { name: 'Amount' });
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('AmountField in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it('has large digits in a box of at least the control size', () => {
    const input = renderIn(theme);
    const rect = input.getBoundingClientRect();
    const fontSize = px(getComputedStyle(input).fontSize);
    const currency = px(getComputedStyle(screen.getByText('CN¥')).fontSize);
    measured.push(`${name}: ${rect.height.toFixed(1)}, ${fontSize}px, ${currency}px`);
    expect(rect.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(fontSize).toBeGreaterThanOrEqual(elder ? 24 : 20);
    expect(currency).toBeGreaterThanOrEqual(elder ? 24 : 20);
    expect(input).toHaveValue('1,250.50');
  });

  it('writes the amount in words under the box, in body text or larger, with text contrast', () => {
    render(
      <ThemeScope {...theme} style={{ padding: '1rem', width: '30rem' }}>
        <WordsChinese />
      </ThemeScope>,
    );
    const input = screen.getByRole('textbox', { name: '转账金额' });
    const words = screen.getByText('大写：人民币壹拾万零壹拾元零伍角');
    const style = getComputedStyle(words);
    measured.push(`${name} words: ${style.fontSize}`);
    expect(px(style.fontSize)).toBeGreaterThanOrEqual(elder ? 20 : 16);
    expect(words.getBoundingClientRect().top).toBeGreaterThanOrEqual(input.getBoundingClientRect().bottom);
    expect(contrastRatio(style.color, backgroundBehind(words))).toBeGreaterThanOrEqual(minimumContrast('text', theme));
  });
});

describe('AmountField in Chromium', () => {
  it('agrees with the server on how many decimals a currency has', () => {
    // The same digits as the jsdom run under Node, so words written on a server match the field.
    expect([currencyDigits('CNY'), currencyDigits('TWD'), currencyDigits('JPY'), currencyDigits('IDR')]).toEqual([2, 2, 0, 0]);
    expect(amountFormat('id', 'IDR').fractionDigits).toBe(0);
  });

  it('wraps long words at 320 px in elder mode instead of scrolling sideways', async () => {
    await page.viewport(320, 640);
    try {
      render(
        <ThemeScope mode="elder">
          <WordsLong />
        </ThemeScope>,
      );
      const words = screen.getByText(/^In words: nine trillion/);
      expect(words.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1024, 768);
    }
  });

  it('has no spinner and ignores the mouse wheel and arrow keys', async () => {
    const input = renderIn({ mode: 'elder', scheme: 'light', contrast: 'standard' });
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowUp}{ArrowDown}');
    input.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, bubbles: true }));
    expect(input).toHaveValue('1,250.50');
    expect((input as HTMLInputElement).type).toBe('text');
  });

  it('keeps unreadable input and shows the error with its icon next to the box', async () => {
    const input = renderIn({ mode: 'elder', scheme: 'light', contrast: 'standard' });
    await userEvent.clear(input);
    await userEvent.type(input, '1,25');
    await userEvent.keyboard('{Tab}');
    expect(input).toHaveValue('1,25');
    const error = screen.getByText(/Enter the amount in numbers only/).closest('p')!;
    expect(error.querySelector('svg')!.getBoundingClientRect().width).toBeGreaterThanOrEqual(28);
    expect(px(getComputedStyle(error).fontSize)).toBeGreaterThanOrEqual(20);
  });
});
