import { allThemes, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import * as stories from './AmountField.stories';

const { Filled } = composeStories(stories);

const measured: string[] = [];
afterAll(() => console.info(`Measured AmountField (box h, digits, currency):\n${measured.join('\n')}`));

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
});

describe('AmountField in Chromium', () => {
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
