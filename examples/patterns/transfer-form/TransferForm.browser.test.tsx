import { ThemeScope } from '@elder-ui/react';
import { allThemes, themeName, type ResolvedTheme } from '@elder-ui/tokens/contract';
import { render, screen, within } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { px } from '../../../test/support/measure';
import { TransferFormExample } from './TransferFormExample';

const measured: string[] = [];
afterAll(() => console.info(`Transfer form, smallest measured (target w × h, text):\n${measured.join('\n')}`));

function renderIn(theme: ResolvedTheme) {
  render(
    <ThemeScope {...theme} style={{ padding: '1rem' }}>
      <TransferFormExample />
    </ThemeScope>,
  );
}

/** The box a pointer can hit: a checkbox or radio counts its whole label. */
function hitBox(element: HTMLElement): DOMRect {
  return (element.closest('label') ?? element).getBoundingClientRect();
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('Transfer form in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it('meets the target and text sizes of ELDER-MODE.md, errors shown', async () => {
    renderIn(theme);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const controls = [
      ...screen.getAllByRole('textbox'),
      ...screen.getAllByRole('radio'),
      ...screen.getAllByRole('checkbox'),
      ...screen.getAllByRole('link'),
    ];
    const boxes = controls.map(hitBox);
    const minHeight = Math.min(...boxes.map((box) => box.height));
    const minWidth = Math.min(...boxes.map((box) => box.width));
    for (const button of screen.getAllByRole('button')) {
      expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(elder ? 60 : 44);
    }
    const texts = [...document.querySelectorAll('form *')].filter(
      (node) => [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) &&
        (node as HTMLElement).offsetParent !== null,
    );
    const smallest = Math.min(...texts.map((node) => px(getComputedStyle(node).fontSize)));
    const inputText = Math.min(...screen.getAllByRole('textbox').map((node) => px(getComputedStyle(node).fontSize)));
    const heading = px(getComputedStyle(screen.getByRole('heading', { level: 1 })).fontSize);
    measured.push(`${name}: ${minWidth.toFixed(1)} × ${minHeight.toFixed(1)}, smallest text ${smallest}px, inputs ${inputText}px, heading ${heading}px`);
    expect(minHeight).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(minWidth).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(smallest).toBeGreaterThanOrEqual(elder ? 18 : 14);
    expect(inputText).toBeGreaterThanOrEqual(elder ? 20 : 16);
    expect(heading).toBeGreaterThanOrEqual(elder ? 30 : 24);
  });
});

describe('Transfer form with the keyboard alone (real key presses in Chromium)', () => {
  it('summarises and focuses the errors on a bad submit, then is filled and sent', async () => {
    renderIn({ mode: 'elder', scheme: 'light', contrast: 'standard' });
    const name = screen.getByRole('textbox', { name: /Name of the person/ });

    await userEvent.keyboard('{Tab}');
    expect(name).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const summary = screen.getByRole('group', { name: 'Please fix these problems' });
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Enter the name of the person you are paying',
      'Enter an account number of 16 to 19 digits',
      'Enter how much to send',
      'Choose when the money should arrive',
      'Tick the box to say you have checked the details',
    ]);
    expect(name).toHaveAttribute('aria-invalid', 'true');

    // The third link leads to the amount.
    await userEvent.keyboard('{Tab}{Tab}{Tab}{Enter}');
    expect(screen.getByRole('textbox', { name: /Amount/ })).toHaveFocus();
    await userEvent.keyboard('12,50');
    await userEvent.keyboard('{Shift>}{Tab}{Tab}{/Shift}');
    expect(name).toHaveFocus();
    await userEvent.keyboard('Wang Xiaoming{Tab}6222 0200 1234 5678{Tab}');
    // Unreadable: kept as typed, with its own error; nothing silently changed.
    expect(screen.getByRole('textbox', { name: /Amount/ })).toHaveValue('12,50');
    await userEvent.keyboard('{Control>}a{/Control}1250.5{Tab}');
    expect(screen.getByRole('textbox', { name: /Amount/ })).toHaveValue('1,250.50');
    expect(screen.getByRole('radio', { name: 'Now' })).toHaveFocus();
    // Held like a finger does: the choice may land a tick after keydown. Checked by state (a native
    // radio has no aria-checked), so the test follows the choice, not the attribute that carries it.
    await userEvent.keyboard('{ArrowDown>}');
    await expect.poll(() => screen.getByRole('radio', { name: 'Tomorrow' })).toBeChecked();
    await userEvent.keyboard('{/ArrowDown}');
    await userEvent.keyboard('{Tab}Rent for March{Tab} ');
    expect(screen.getByRole('checkbox')).toBeChecked();
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    expect(screen.queryByRole('group', { name: 'Please fix these problems' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Next, confirm: send 1,250.50 yuan to Wang Xiaoming');
  });

  it('focuses the summary again on a second bad submit', async () => {
    renderIn({ mode: 'standard', scheme: 'dark', contrast: 'high' });
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await userEvent.click(screen.getByRole('textbox', { name: /Name of the person/ }));
    await userEvent.keyboard('Li Wei');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('group', { name: 'Please fix these problems' });
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link')).toHaveLength(4);
  });
});
