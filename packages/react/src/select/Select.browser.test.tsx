import { allThemes, minimumContrast, primaryTarget, targetAttribute, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import Color from 'colorjs.io';
import { afterAll, describe, expect, it, vi, type Mock } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import { Select, SelectItem, type SelectProps } from './Select';
import * as stories from './Select.stories';

const { InAForm, LongText } = composeStories(stories);

const measured: string[] = [];
afterAll(() => console.info(`Measured Select (select h, option h, option text):\n${measured.join('\n')}`));

const elderLight: ResolvedTheme = { mode: 'elder', scheme: 'light', contrast: 'standard' };

function renderIn(theme: ResolvedTheme, props: Partial<SelectProps> = {}) {
  render(
    <ThemeScope {...theme} style={{ padding: '1rem', width: '30rem' }}>
      <Select label="Bank" defaultValue="boc" {...props}>
        <SelectItem value="boc">Bank of China</SelectItem>
        <SelectItem value="ccb">China Construction Bank</SelectItem>
      </Select>
      <button type="button">Next</button>
    </ThemeScope>,
  );
  return screen.getByRole<HTMLSelectElement>('combobox', { name: 'Bank' });
}

const isOpen = (select: HTMLSelectElement) => select.matches(':open');

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('Select in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it('draws the select and its options at least the control size, in the theme of the field', async () => {
    const select = renderIn(theme);
    expect(CSS.supports('appearance: base-select')).toBe(true);
    expect(getComputedStyle(select).appearance).toBe('base-select');
    expect(getComputedStyle(select, '::picker(select)').appearance).toBe('base-select');
    const selectHeight = select.getBoundingClientRect().height;
    expect(selectHeight).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(px(getComputedStyle(select).fontSize)).toBeGreaterThanOrEqual(elder ? 20 : 16);

    await userEvent.click(select);
    expect(isOpen(select)).toBe(true);
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Bank of China', 'China Construction Bank']);
    for (const option of options) {
      expect(option.getBoundingClientRect().height).toBeGreaterThanOrEqual(elder ? 48 : 44);
      expect(px(getComputedStyle(option).fontSize)).toBeGreaterThanOrEqual(elder ? 20 : 16);
    }
    measured.push(
      `${name}: ${selectHeight.toFixed(1)}, ${options[0]!.getBoundingClientRect().height.toFixed(1)}, ${px(getComputedStyle(options[0]!).fontSize)}px`,
    );
    // axe leaves options out of its contrast check, so it is measured here, on the highlighted option too.
    await userEvent.keyboard('{ArrowDown}');
    expect(options[1]).toHaveFocus();
    expect(getComputedStyle(options[1]!).backgroundColor).not.toBe(getComputedStyle(options[0]!).backgroundColor);
    const picker = getComputedStyle(select, '::picker(select)').backgroundColor;
    for (const option of options) {
      const style = getComputedStyle(option);
      const background = new Color(style.backgroundColor).alpha > 0 ? style.backgroundColor : picker;
      expect(contrastRatio(style.color, background)).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    }
    // The chosen option has a check mark and heavier words, not colour alone.
    const [chosen, other] = options.map((option) => getComputedStyle(option, '::checkmark'));
    expect(chosen!.content).toContain('✓');
    expect(chosen!.visibility).toBe('visible');
    expect(other!.visibility).toBe('hidden');
    expect(Number(getComputedStyle(options[0]!).fontWeight)).toBeGreaterThan(Number(getComputedStyle(options[1]!).fontWeight));
    await userEvent.keyboard('{Escape}');
    expect(isOpen(select)).toBe(false);
  });
});

/** Tabs to the select, opens its picker with `key` and highlights the second option. */
async function openAndHighlightSecond(select: HTMLSelectElement, key: string) {
  await userEvent.keyboard('{Tab}');
  expect(select).toHaveFocus();
  expect(getComputedStyle(select).outlineStyle).toBe('solid');
  expect(px(getComputedStyle(select).outlineWidth)).toBeGreaterThanOrEqual(3);
  await userEvent.keyboard(key);
  expect(isOpen(select)).toBe(true);
  // The customizable select's picker keeps focus inside the <select>, on the highlighted option.
  expect(select.contains(document.activeElement)).toBe(true);
  await userEvent.keyboard('{ArrowDown}');
  expect(document.activeElement).toHaveTextContent('China Construction Bank');
}

/** After a choice by keyboard: the picker closed, the value taken once, focus on the select; Tab then moves on. */
async function expectChosenThenTabMovesOn(select: HTMLSelectElement, onValueChange: Mock) {
  expect(isOpen(select)).toBe(false);
  expect(select).toHaveValue('ccb');
  expect(onValueChange).toHaveBeenCalledExactlyOnceWith('ccb');
  expect(select).toHaveFocus();
  await userEvent.keyboard('{Tab}');
  expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
}

describe('Select with the keyboard', () => {
  it('opens with Enter, moves with the arrows, chooses with Enter and returns focus, and Tab moves on', async () => {
    const onValueChange = vi.fn();
    const select = renderIn(elderLight, { onValueChange });
    await openAndHighlightSecond(select, '{Enter}');
    await userEvent.keyboard('{Enter}');
    await expectChosenThenTabMovesOn(select, onValueChange);
  });

  it('takes the highlighted option on Tab; focus is back on the select and the next Tab moves on', async () => {
    const onValueChange = vi.fn();
    const select = renderIn(elderLight, { onValueChange });
    await openAndHighlightSecond(select, '{ArrowDown}');
    await userEvent.keyboard('{Tab}');
    await expectChosenThenTabMovesOn(select, onValueChange);
  });

  it('closes on Escape without choosing', async () => {
    const onValueChange = vi.fn();
    const select = renderIn(elderLight, { onValueChange });
    await userEvent.keyboard('{Tab}{ArrowDown}{ArrowDown}{Escape}');
    expect(isOpen(select)).toBe(false);
    expect(select).toHaveValue('boc');
    expect(onValueChange).not.toHaveBeenCalled();
    expect(select).toHaveFocus();
  });

  it('chooses by the first letter without opening', async () => {
    const onValueChange = vi.fn();
    const select = renderIn(elderLight, { onValueChange });
    await userEvent.keyboard('{Tab}c');
    expect(isOpen(select)).toBe(false);
    expect(select).toHaveValue('ccb');
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith('ccb');
  });

  it('hides nothing of the page while the picker is open', async () => {
    const select = renderIn(elderLight);
    await userEvent.click(select);
    expect(isOpen(select)).toBe(true);
    expect(select.closest('[aria-hidden="true"]')).toBeNull();
    const results = await axe.run(document, { runOnly: { type: 'rule', values: ['aria-hidden-focus'] } });
    expect(results.violations.flatMap((v) => v.nodes.map((n) => n.html))).toEqual([]);
    await userEvent.keyboard('{Escape}');
    expect(select).toHaveFocus();
  });
});

describe('Select sizes', () => {
  it('is a 60 px primary target in elder mode when marked as one', () => {
    const select = renderIn(elderLight, { [targetAttribute]: primaryTarget } as Partial<SelectProps>);
    expect(select.getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
  });

  it('wraps a long choice inside the select instead of cutting it off', () => {
    render(<LongText />);
    const select = screen.getByRole('combobox');
    expect(select).toHaveDisplayValue('Industrial and Commercial Bank of China');
    expect(select.getBoundingClientRect().height).toBeGreaterThan(2 * px(getComputedStyle(select).fontSize));
    expect(select.scrollWidth).toBeLessThanOrEqual(select.clientWidth);
  });
});

describe('Select in a form', () => {
  it('stops a required select from being sent while the placeholder shows', async () => {
    render(<InAForm />);
    const form = document.querySelector('form')!;
    const sent = vi.fn((event: SubmitEvent) => event.preventDefault());
    form.addEventListener('submit', sent);
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Their bank (required)' });
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(sent).not.toHaveBeenCalled();
    expect(select.matches(':invalid')).toBe(true);
    await userEvent.selectOptions(select, 'ccb');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(sent).toHaveBeenCalledTimes(1);
    expect(new FormData(form).get('bank')).toBe('ccb');
  });
});

describe('Select under forced colours', () => {
  const session = cdp();

  it('keeps the picker’s border and the highlighted option’s ring', async () => {
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      const select = renderIn(elderLight);
      await userEvent.click(select);
      expect(isOpen(select)).toBe(true);
      const picker = getComputedStyle(select, '::picker(select)');
      expect(picker.borderTopStyle).toBe('solid');
      expect(px(picker.borderTopWidth)).toBeGreaterThan(0);
      await userEvent.keyboard('{ArrowDown}');
      const ring = getComputedStyle(document.activeElement!);
      expect(document.activeElement).toHaveTextContent('China Construction Bank');
      expect(ring.outlineStyle).toBe('solid');
      expect(px(ring.outlineWidth)).toBeGreaterThanOrEqual(3);
      await userEvent.keyboard('{Escape}');
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});
