import { ThemeScope } from '@elder-ui/react';
import { allThemes, themeName } from '@elder-ui/tokens/contract';
import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { px } from '../../../test/support/measure';
import * as stories from './SendMoney.stories';
import { SendMoneyExample } from './SendMoneyExample';

const { FilledIn } = composeStories(stories);

const measured: string[] = [];
afterAll(() => console.info(`Measured in the confirmation (amount font, tick box h, confirm h):\n${measured.join('\n')}`));

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('Send money in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it('is completed end to end with the keyboard alone', async () => {
    let sent: unknown = null;
    render(
      <ThemeScope {...theme}>
        <SendMoneyExample onSent={(transfer) => (sent = transfer)} />
      </ThemeScope>,
    );
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('textbox', { name: 'Who gets the money' })).toHaveFocus();
    await userEvent.keyboard('Wang Xiaoming{Tab}1250.00{Tab}{Tab}');
    const next = screen.getByRole('button', { name: 'Continue' });
    expect(next).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    const dialog = await screen.findByRole('alertdialog', { name: 'Send this money?' });
    expect(dialog.closest('[data-eui-mode]')).toHaveAttribute('data-eui-mode', theme.mode);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    const amount = within(dialog).getByText('¥1250.00');
    const box = within(dialog).getByRole('checkbox').closest('label')!;
    const confirm = within(dialog).getByRole('button', { name: 'Send ¥1250.00' });
    measured.push(
      `${name}: ${getComputedStyle(amount).fontSize}, ${box.getBoundingClientRect().height.toFixed(1)}, ${confirm.getBoundingClientRect().height.toFixed(1)}`,
    );
    expect(px(getComputedStyle(amount).fontSize)).toBeGreaterThanOrEqual(elder ? 28 : 24);
    expect(box.getBoundingClientRect().height).toBeGreaterThanOrEqual(elder ? 60 : 44);

    // One press of Enter on the confirm button, without the tick, sends nothing.
    await userEvent.keyboard('{Tab}{Enter}');
    expect(sent).toBeNull();
    expect(within(dialog).getByRole('checkbox')).toHaveFocus();
    await userEvent.keyboard(' {Tab}{Tab}');
    expect(confirm).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(sent).toEqual({ recipient: 'Wang Xiaoming', amount: '1250.00' });
    expect(screen.getByRole('status')).toHaveTextContent('Money sent');
    expect(next).toHaveFocus();
  });

  it("shows the kit's focus ring on both inputs when reached with the keyboard", async () => {
    render(
      <ThemeScope {...theme}>
        <SendMoneyExample />
      </ThemeScope>,
    );
    for (const name of ['Who gets the money', 'Amount in yuan']) {
      await userEvent.keyboard('{Tab}');
      const input = screen.getByRole('textbox', { name });
      expect(input).toHaveFocus();
      const ring = getComputedStyle(input);
      expect(ring.outlineStyle, name).toBe('solid');
      expect(px(ring.outlineWidth), name).toBeGreaterThanOrEqual(3);
      expect(px(ring.outlineOffset), name).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('Send money on a small phone in elder mode', () => {
  it('fits 320 px without sideways scrolling, form and confirmation alike', async () => {
    await page.viewport(320, 640);
    try {
      render(
        <ThemeScope mode="elder">
          <SendMoneyExample defaultRecipient="Wang Xiaoming at Industrial and Commercial Bank of China" defaultAmount="1250.00" />
        </ThemeScope>,
      );
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      const dialog = await screen.findByRole('alertdialog');
      expect(dialog.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
      for (const button of within(dialog).getAllByRole('button')) {
        expect(button.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      }
    } finally {
      await page.viewport(1024, 768);
    }
  });
});

describe('the confirmation under Windows High Contrast (forced colours)', () => {
  it('keeps its frame, the tick box frame and the focus ring visible', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      render(<FilledIn />);
      await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
      const dialog = await screen.findByRole('alertdialog');
      expect(getComputedStyle(dialog).borderTopStyle).toBe('solid');
      const label = within(dialog).getByRole('checkbox').closest('label')!;
      expect(getComputedStyle(label).borderTopStyle).toBe('solid');
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
      expect(getComputedStyle(label).outlineStyle).toBe('solid');
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});
