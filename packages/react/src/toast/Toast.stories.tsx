import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../button';
import { ToastProvider, toastTones, useToast, type ToastOptions } from './Toast';

function Demo(options: ToastOptions) {
  const toast = useToast();
  return <Button onClick={() => toast.show(options)}>Show notification</Button>;
}

const meta = {
  title: 'Feedback/Toast',
  component: Demo,
  args: { title: 'Payment sent', description: '¥50.00 to Li Na.', tone: 'success' },
  argTypes: { tone: { control: 'inline-radio', options: toastTones } },
  decorators: [(Story) => <ToastProvider><Story /></ToastProvider>],
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** a short confirmation that something the person did has happened ("Payment sent") and needs no answer.',
          '**Do:** wrap the app in `ToastProvider` once and call `useToast().show(...)`; keep it to a few words; repeat anything important on the page itself.',
          "**Don't:** put the only copy of important information in a notification; use one for errors that need action (use `Alert`) or for promotions.",
          '**Time:** in elder mode a notification never closes by itself. In standard mode it stays at least 8 s (shorter `duration`s are raised to 8 s), pauses while the notifications are hovered or focused, and can show its countdown. The mode comes from the closest theme scope, so switching to elder mode stops the clock at once. Close it with its button, Escape or a swipe; F8 jumps to the newest one, and focus returns where it was.',
          '**Screen readers:** a notification is read out when it appears, title then description. `danger` ones interrupt (an assertive live region); the others wait for a pause.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Demo>;

export default meta;
type Story = StoryObj<typeof meta>;

const show = async (canvasElement: HTMLElement) => {
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Show notification' }));
  return within(document.body).findByRole('region', { name: /notifications|通知|notifikasi/i });
};

export const Success: Story = {
  name: 'Success, with a close button',
  play: async ({ canvasElement }) => {
    const region = await show(canvasElement);
    await expect(within(region).getByText('Payment sent')).toBeVisible();
  },
};

export const Countdown: Story = {
  name: 'A visible countdown in standard mode, none in elder mode',
  args: { countdown: true, tone: 'info', title: 'Statement ready', description: 'Find it under Documents.' },
  play: async ({ canvasElement, globals }) => {
    const region = await show(canvasElement);
    const counting = within(region).queryByText(/Closes in/);
    await expect(Boolean(counting)).toBe(globals.mode !== 'elder');
  },
};

export const Tones: Story = {
  name: 'Every tone',
  render: () => {
    function All() {
      const toast = useToast();
      return (
        <Button
          onClick={() => {
            toast.show({ tone: 'info', title: 'Statement ready' });
            toast.show({ tone: 'success', title: 'Payment sent' });
            toast.show({ tone: 'warning', title: 'Low balance', description: 'You have ¥20.00 left.' });
            toast.show({ tone: 'danger', title: 'Payment failed', description: 'Nothing was taken.' });
          }}
        >
          Show notification
        </Button>
      );
    }
    return <All />;
  },
  play: async ({ canvasElement }) => {
    const region = await show(canvasElement);
    await expect(within(region).getAllByRole('listitem')).toHaveLength(4);
  },
};

export const KeyboardClose: Story = {
  name: 'F8 reaches it, Escape closes it, focus comes back',
  args: { duration: Infinity },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Show notification' });
    const region = await show(canvasElement);
    button.focus();
    // `[F8]` sends the key's code, as a keyboard does: user-event's key map has no function keys.
    await userEvent.keyboard('[F8]');
    await expect(region).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    await expect(within(region).queryByText('Payment sent')).toBeNull();
    await expect(button).toHaveFocus();
  },
};
