import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button, buttonTones } from './Button';

/** A stand-in glyph until the icon package is used here. */
function PlusGlyph() {
  return (
    <svg viewBox="0 0 24 24" width="100%" height="100%" fill="none" stroke="currentColor" strokeWidth="2.5">
      <path d="M12 5v14M5 12h14" strokeLinecap="round" />
    </svg>
  );
}

const meta = {
  title: 'Components/Button',
  component: Button,
  args: { children: 'Pay now', tone: 'primary' },
  argTypes: { tone: { control: 'inline-radio', options: buttonTones } },
  parameters: {
    docs: {
      description: {
        component:
          'Use a Button for an action on this page. One primary Button per view; `danger` for actions that lose money or data; use a link for navigation. In elder mode every Button is at least 60 × 60 px with 22 px text.',
      },
    },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Also the guard that styles really loaded: an unstyled button is about 21 px high and fails here. */
export const Primary: Story = {
  name: 'Primary action meets the target size',
  play: async ({ canvasElement, globals }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Pay now' });
    const box = button.getBoundingClientRect();
    const elder = globals.mode === 'elder';
    await expect(box.height).toBeGreaterThanOrEqual(elder ? 60 : 44);
    await expect(box.width).toBeGreaterThanOrEqual(elder ? 60 : 44);
    await expect(parseFloat(getComputedStyle(button).fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
  },
};

export const Tones: Story = {
  name: 'Primary, secondary and danger side by side',
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--eui-target-gap)' }}>
      {buttonTones.map((tone) => (
        <Button key={tone} {...args} tone={tone}>
          {tone === 'danger' ? 'Delete card' : tone === 'secondary' ? 'Cancel' : 'Pay now'}
        </Button>
      ))}
    </div>
  ),
};

export const WithIcon: Story = {
  name: 'Icon sits before the words',
  args: { icon: <PlusGlyph />, children: 'Add a payee' },
};

export const Loading: Story = {
  name: 'Loading keeps its width and name',
  args: { loading: true },
};

export const Disabled: Story = {
  name: 'Disabled',
  args: { disabled: true },
};

export const FullWidth: Story = {
  name: 'Full width',
  args: { fullWidth: true, children: 'Continue' },
};

export const LongLabel: Story = {
  name: 'Long text wraps, never clips',
  args: { children: 'Send 1,250.00 yuan to Wang Xiaoming at Bank of China now' },
  decorators: [(Story) => <div style={{ maxWidth: '16rem' }}><Story /></div>],
};

export const Chinese: Story = {
  name: 'Chinese label',
  args: { children: '确认付款', tone: 'primary' },
};

export const AsLink: Story = {
  name: 'A link that looks like a button',
  args: { asChild: true, tone: 'secondary', children: <a href="#help">Get help</a> },
};
