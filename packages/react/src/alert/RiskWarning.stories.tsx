import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { useState, type ReactNode } from 'react';
import { ReadAloudProvider } from '../read-aloud';
import { DemoSpeech } from '../read-aloud/demo-speech';
import { RiskWarning } from './RiskWarning';

const meta = {
  title: 'Feedback/RiskWarning',
  component: RiskWarning,
  args: {
    children: 'Banks and the police never ask you to move money to a “safe account”. If someone on the phone told you to do this, stop now.',
  },
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** before a risky step — a transfer to someone new, a large amount, a request that looks like a known scam.',
          '**Do:** say what scammers do in one or two plain sentences and offer `helpHref` (a `tel:` link to the bank or anti-fraud line) or `onHelp`. Add `readAloud` for a "Listen" button that reads the warning in its language (see ReadAloud): a warning heard is the one most likely to stop a transfer.',
          "**Don't:** use it for ordinary errors (use `Alert`); make it dismissible or hide it behind a tap. It is announced at once (role `alert`), carries an icon and words, and is not an overlay, so a tap outside cannot close it.",
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof RiskWarning>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithHelpLine: Story = {
  name: 'With a call-for-help line',
  args: { helpHref: 'tel:96110', helpLabel: 'Call the anti-fraud line: 96110' },
};

export const Plain: Story = { name: 'Words only, default title' };

export const TapOutsideKeepsIt: Story = {
  name: 'A tap outside leaves it in place',
  args: { helpHref: 'tel:96110' },
  play: async ({ canvasElement }) => {
    await userEvent.click(canvasElement);
    await expect(within(canvasElement).getByRole('alert')).toBeVisible();
  },
};

export const Chinese: Story = {
  name: 'Chinese',
  args: { title: '请停一下：这可能是诈骗', children: '银行和警察不会让您把钱转到“安全账户”。', helpHref: 'tel:96110', helpLabel: '拨打反诈专线 96110' },
};

/** A silent stand-in voice, so the Listen button works on any machine. */
function StandInVoices({ children }: { children: ReactNode }) {
  const [speech] = useState(() => new DemoSpeech({ auto: true }));
  return <ReadAloudProvider speech={speech}>{children}</ReadAloudProvider>;
}

export const WithListen: Story = {
  name: 'With Listen: reads the warning aloud, Stop while it reads',
  args: { readAloud: true, helpHref: 'tel:96110', helpLabel: 'Call the anti-fraud line: 96110' },
  render: (args) => (
    <StandInVoices>
      <RiskWarning {...args} />
    </StandInVoices>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Listen' }));
    await expect(canvas.getByRole('button', { name: 'Stop' })).not.toHaveAttribute('aria-pressed');
  },
};
