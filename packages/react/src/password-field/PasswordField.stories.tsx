import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { PasswordField } from './PasswordField';

const meta = {
  title: 'Forms/PasswordField',
  component: PasswordField,
  args: { label: 'Password' },
  decorators: [(Story) => <div style={{ maxWidth: '32rem' }}><Story /></div>],
  parameters: {
    docs: {
      description: {
        component: [
          'Use a PasswordField for a password or PIN typed on a keyboard. The "Show password" button lets people check what they typed, which matters most for those who type slowly or with tremor.',
          '**Do** set `autoComplete` (`current-password` to sign in, `new-password` to sign up) so password managers help; put the rules in `hint` before the user types.',
          '**Don\'t** ask for the password twice (the Show button replaces the second box), block paste, or set a time limit.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof PasswordField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  name: 'Hidden, with a Show button in words',
  play: async ({ canvasElement, globals }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Show password' });
    await expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(globals.mode === 'elder' ? 48 : 44);
  },
};

export const Shown: Story = {
  name: 'Shown after pressing Show',
  args: { defaultValue: 'Spring-2026' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Show password' }));
    await expect(within(canvasElement).getByRole('textbox')).toHaveValue('Spring-2026');
  },
};

export const Focused: Story = {
  name: 'Keyboard focus',
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByLabelText('Password')).toHaveFocus();
  },
};

export const WithError: Story = {
  name: 'Error in words with an icon',
  args: { label: 'New password', hint: 'At least 8 characters, with a number', error: 'Add a number to your password', autoComplete: 'new-password', required: true },
};

export const Disabled: Story = {
  name: 'Disabled',
  args: { disabled: true },
};

export const LongText: Story = {
  name: 'Long label and hint wrap; the button moves under the box',
  args: {
    label: 'The six-digit payment password you chose when you opened the account',
    hint: 'This is not the password you use to sign in to the app',
  },
  decorators: [(Story) => <div style={{ maxWidth: '16rem' }}><Story /></div>],
};

export const Chinese: Story = {
  name: 'Chinese',
  args: { label: '登录密码', hint: '至少 8 位，包含数字' },
};
