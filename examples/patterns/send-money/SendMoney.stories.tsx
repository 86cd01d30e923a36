import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SendMoneyExample } from './SendMoneyExample';

const meta = {
  title: 'Patterns/Send money',
  component: SendMoneyExample,
  parameters: {
    docs: {
      description: {
        component: [
          'A whole transfer, as an elder-mode app would build it: who and how much (labels always visible, hints above the field, errors in words, the amount written out in words as it is typed), a standing fraud warning with a call-for-help line, a `ConfirmAction` that restates amount and recipient, the amount again in words, and needs a deliberate tick, and a success notice.',
          'The amount travels as the decimal string the field reports (`"1250.00"`) from the field to the confirmation to `onSent`: it is never turned into a number, so nothing can round it.',
          '**Do:** keep each step to one decision; restate the facts at the confirmation; put the safe choice first; return focus to where the person was.',
          "**Don't:** pre-fill the tick box; confirm on one tap; hide the fraud warning behind a link; show marketing anywhere in the flow.",
          'Every control is one of the kit’s own (`TextField`, `AmountField`, `RiskWarning`, `Button`, `ConfirmAction`), imported from `@elder-ui/react` as an app would, so each carries the kit’s labels, hints, errors and focus ring.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof SendMoneyExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Form: Story = { name: 'The form, with a fraud warning' };

export const FilledIn: Story = {
  name: 'Filled in, ready to continue',
  args: { defaultRecipient: 'Wang Xiaoming', defaultAmount: '1250.00' },
};

export const Confirming: Story = {
  ...FilledIn,
  name: 'Confirmation restates the amount and the recipient',
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Continue' }));
    const dialog = await within(document.body).findByRole('alertdialog', { name: 'Send this money?' });
    await expect(within(dialog).getByText('¥1250.00')).toBeVisible();
    await expect(within(dialog).getByText('In words: one thousand two hundred fifty yuan')).toBeVisible();
    await expect(within(dialog).getByText('Wang Xiaoming')).toBeVisible();
  },
};

export const KeyboardOnly: Story = {
  name: 'Keyboard only, from an empty form to "Money sent"',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const recipient = canvas.getByRole('textbox', { name: 'Who gets the money' });
    recipient.focus();
    await userEvent.keyboard('Wang Xiaoming');
    await userEvent.tab();
    await userEvent.keyboard('1250.00');
    await userEvent.tab();
    await userEvent.tab();
    const next = canvas.getByRole('button', { name: 'Continue' });
    await expect(next).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = await within(document.body).findByRole('alertdialog');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await userEvent.tab({ shift: true });
    await expect(within(dialog).getByRole('checkbox')).toHaveFocus();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.tab();
    await expect(within(dialog).getByRole('button', { name: 'Send ¥1250.00' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(within(document.body).queryByRole('alertdialog')).toBeNull());
    await expect(canvas.getByRole('status')).toHaveTextContent('Money sent');
    await waitFor(() => expect(next).toHaveFocus());
  },
};
