import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import { Select, SelectItem } from './Select';

const measured: string[] = [];
afterAll(() => console.info(`Measured Select (trigger h, option h, option text):\n${measured.join('\n')}`));

function renderIn(theme: ResolvedTheme) {
  render(
    <ThemeScope {...theme} data-testid="scope" style={{ padding: '1rem', width: '30rem' }}>
      <Select label="Bank" defaultValue="boc">
        <SelectItem value="boc">Bank of China</SelectItem>
        <SelectItem value="ccb">China Construction Bank</SelectItem>
      </Select>
    </ThemeScope>,
  );
  return screen.getByRole('combobox', { name: 'Bank' });
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('Select in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it('has a trigger and options of at least the control size, in the theme of the field', async () => {
    const trigger = renderIn(theme);
    const triggerHeight = trigger.getBoundingClientRect().height;
    expect(triggerHeight).toBeGreaterThanOrEqual(elder ? 48 : 44);
    await userEvent.click(trigger);
    const options = await screen.findAllByRole('option');
    for (const option of options) {
      const rect = option.getBoundingClientRect();
      expect(rect.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
      expect(px(getComputedStyle(option).fontSize)).toBeGreaterThanOrEqual(elder ? 20 : 16);
    }
    measured.push(
      `${name}: ${triggerHeight.toFixed(1)}, ${options[0]!.getBoundingClientRect().height.toFixed(1)}, ${px(getComputedStyle(options[0]!).fontSize)}px`,
    );
    const list = options[0]!.closest('[role="listbox"]')!.parentElement!;
    const style = getComputedStyle(options[0]!);
    expect(contrastRatio(style.color, backgroundBehind(list))).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    // The chosen option has a check mark, not colour alone.
    expect(options[0]!.querySelector('svg')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
  });
});

describe('Select with the keyboard', () => {
  it('opens with Enter, moves with the arrows, chooses with Enter and returns focus', async () => {
    const trigger = renderIn({ mode: 'elder', scheme: 'light', contrast: 'standard' });
    await userEvent.keyboard('{Tab}');
    expect(trigger).toHaveFocus();
    expect(getComputedStyle(trigger).outlineStyle).toBe('solid');
    await userEvent.keyboard('{Enter}');
    const listbox = await screen.findByRole('listbox');
    // Radix moves focus to the chosen option once the list is placed; a person presses the
    // arrows after seeing that highlight, and so does this test.
    await expect.poll(() => listbox.contains(document.activeElement)).toBe(true);
    // Radix moves the highlight on ArrowDown in a timeout: wait for it, as the eye would.
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(() => document.activeElement?.textContent).toBe('China Construction Bank');
    await userEvent.keyboard('{Enter}');
    expect(trigger).toHaveTextContent('China Construction Bank');
    expect(trigger).toHaveFocus();
  });

  it('leaves nothing focusable under the aria-hidden page while the list is open', async () => {
    const trigger = renderIn({ mode: 'elder', scheme: 'light', contrast: 'standard' });
    await userEvent.click(trigger);
    await screen.findByRole('listbox');
    expect(trigger.closest('[aria-hidden="true"]')).not.toBeNull();
    const results = await axe.run(document, { runOnly: { type: 'rule', values: ['aria-hidden-focus'] } });
    expect(results.violations.flatMap((v) => v.nodes.map((n) => n.html))).toEqual([]);
    expect(results.passes.map((p) => p.id)).toEqual(['aria-hidden-focus']);
    await userEvent.keyboard('{Escape}');
    expect(trigger).toHaveFocus();
  });
});
