import { allThemes, themeAttributes, themeName, type ResolvedTheme } from '@elder-ui/tokens/contract';
import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { px } from '../../../../test/support/measure';
import * as stories from './ModeSwitch.stories';

/** The display settings story, with the page in `theme` as the Storybook toolbar would set it. */
function renderIn(theme: ResolvedTheme) {
  const { DisplaySettings } = composeStories(stories, { initialGlobals: { ...theme } });
  render(<DisplaySettings />);
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('ModeSwitch in %s', (_name, theme) => {
  const elder = theme.mode === 'elder';

  it('meets the target and text sizes', () => {
    renderIn(theme);
    const toggle = screen.getByRole('switch').getBoundingClientRect();
    expect(toggle.height).toBeGreaterThanOrEqual(elder ? 60 : 44);
    expect(toggle.width).toBeGreaterThanOrEqual(elder ? 60 : 44);
    for (const radio of screen.getAllByRole('radio')) {
      // The whole label is the hit area.
      const option = radio.closest('label')!.getBoundingClientRect();
      expect(option.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
      expect(option.width).toBeGreaterThanOrEqual(elder ? 48 : 44);
    }
    const smallest = Math.min(
      ...[...document.querySelectorAll('label, p, span')]
        .filter((node) => node.textContent?.trim())
        .map((node) => px(getComputedStyle(node).fontSize)),
    );
    expect(smallest).toBeGreaterThanOrEqual(elder ? 18 : 14);
  });
});

describe('ModeSwitch choices', () => {
  it('move with the arrow keys, as radio groups do', async () => {
    renderIn({ mode: 'standard', scheme: 'light', contrast: 'standard' });
    const colours = screen.getByRole('radiogroup', { name: 'Colours' });
    await userEvent.click(within(colours).getByText('Light'));
    await userEvent.keyboard('{ArrowRight}');
    const dark = within(colours).getByRole('radio', { name: 'Dark' });
    expect(dark).toBeChecked();
    expect(dark).toHaveFocus();
    expect(document.documentElement).toHaveAttribute(themeAttributes.scheme, 'dark');
    // The other axis too: down moves on in a row of choices, as the browser's radios do.
    await userEvent.keyboard('{ArrowDown}');
    const system = within(colours).getByRole('radio', { name: 'Same as device' });
    expect(system).toBeChecked();
    expect(system).toHaveFocus();
  });

  it('show keyboard focus on the whole option', async () => {
    renderIn({ mode: 'elder', scheme: 'light', contrast: 'standard' });
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('switch')).toHaveFocus();
    expect(getComputedStyle(screen.getByRole('switch')).outlineStyle).toBe('solid');
    await userEvent.keyboard('{Tab}');
    const option = (document.activeElement as HTMLElement).closest('label')!;
    expect(getComputedStyle(option).outlineStyle).toBe('solid');
    expect(px(getComputedStyle(option).outlineWidth)).toBeGreaterThanOrEqual(3);
  });
});

describe('ModeSwitch text-size samples', () => {
  it.each([
    ['standard', 16],
    ['elder', 20],
  ] as const)('in %s mode draw each step at body text × the step, whichever step is applied', async (mode, body) => {
    renderIn({ mode, scheme: 'light', contrast: 'standard' });
    const sizes = screen.getByRole('radiogroup', { name: 'Text size' });
    const samples = () =>
      within(sizes)
        .getAllByRole('radio')
        .map((radio) => px(getComputedStyle(within(radio.closest('label')!).getAllByText(/Aa/)[0]!).fontSize));
    const expected = [100, 115, 130, 150, 175, 200].map((step) => (body * step) / 100);
    expect(samples().map((size) => Math.round(size * 10) / 10)).toEqual(expected);
    await userEvent.click(within(sizes).getByText('175%'));
    expect(px(getComputedStyle(document.documentElement).fontSize)).toBe(28);
    expect(samples().map((size) => Math.round(size * 10) / 10)).toEqual(expected);
    await userEvent.click(within(sizes).getByText('Standard (100%)'));
  });
});
