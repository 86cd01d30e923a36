import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TransferFormExample } from './TransferFormExample';

const meta = {
  title: 'Patterns/Transfer form',
  component: TransferFormExample,
  parameters: {
    docs: {
      description: {
        component: [
          'A whole money transfer form built only from the forms components and Button: label, hint and error on every field, an error summary that takes focus on a failed submit, an amount read the locale\'s way, and a required check before going on to confirm.',
          'It is the acceptance test of the forms set: it passes axe in all eight themes, is filled and submitted with the keyboard alone, and its targets and text sizes are measured in Chromium (TransferForm.browser.test.tsx).',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof TransferFormExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  name: 'Transfer form',
};

export const KeyboardOnly: Story = {
  name: 'Filled and sent with the keyboard alone',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);

    await step('A bad submit summarises the errors and focuses the summary', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('textbox', { name: /Name of the person/ })).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      const summary = canvas.getByRole('group', { name: 'Please fix these problems' });
      await expect(summary).toHaveFocus();
      await expect(within(summary).getAllByRole('link')).toHaveLength(5);
    });

    await step('A link in the summary takes focus to its field', async () => {
      await userEvent.tab();
      await userEvent.keyboard('{Enter}');
      await expect(canvas.getByRole('textbox', { name: /Name of the person/ })).toHaveFocus();
    });

    await step('Every field is filled from the keyboard', async () => {
      await userEvent.keyboard('Wang Xiaoming');
      await userEvent.tab();
      await userEvent.keyboard('6222 0200 1234 5678');
      await userEvent.tab();
      await userEvent.keyboard('1250.5');
      await userEvent.tab();
      await expect(canvas.getByRole('textbox', { name: /Amount/ })).toHaveValue('1,250.50');
      await expect(canvas.getByRole('radio', { name: 'Now' })).toHaveFocus();
      await userEvent.keyboard(' ');
      await expect(canvas.getByRole('radio', { name: 'Now' })).toBeChecked();
      await userEvent.tab();
      await userEvent.keyboard('Rent for March');
      await userEvent.tab();
      await userEvent.keyboard(' ');
      await expect(canvas.getByRole('checkbox')).toBeChecked();
    });

    await step('Submitting goes on to confirm, with no errors left', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: 'Continue' })).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expect(canvas.queryByRole('group', { name: 'Please fix these problems' })).toBeNull();
      await expect(canvas.getByRole('status')).toHaveTextContent('send 1,250.50 yuan to Wang Xiaoming');
    });
  },
};
