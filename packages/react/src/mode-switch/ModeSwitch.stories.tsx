import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { LocaleProvider } from '../locale';
import { ThemeProvider } from '../theme';
import { ModeSwitch } from './ModeSwitch';

const meta = {
  title: 'Components/ModeSwitch',
  component: ModeSwitch,
  // The switch changes the page theme, so each story gets its own provider (nothing stored)
  // instead of the toolbar's: flipping it here must not fight the toolbar.
  decorators: [
    (Story) => (
      <ThemeProvider storage={null}>
        <Story />
      </ThemeProvider>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          'The visible theme switcher. Put it where people look for settings — and on the first screen for products whose users are mostly older. It is a switch for elder mode, with its state in words, and optionally radio groups for colour scheme and contrast. Do: keep the default words, which are the names people search for (长辈模式, 关怀模式, elder mode, mode lansia). Don\'t: hide it in a menu several levels deep, or replace the words with an icon alone.',
      },
    },
  },
} satisfies Meta<typeof ModeSwitch>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ElderModeOnly: Story = {
  name: 'Elder mode switch, state in words',
};

export const DisplaySettings: Story = {
  name: 'Display settings panel: mode, colours and contrast',
  args: { axes: ['mode', 'scheme', 'contrast'] },
};

export const TurnedOn: Story = {
  name: 'Turning it on says "On" and enlarges the page',
  play: async ({ canvasElement }) => {
    const toggle = within(canvasElement).getByRole('switch', { name: 'Elder mode' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await expect(toggle).toHaveTextContent('On');
    await expect(document.documentElement).toHaveAttribute('data-eui-mode', 'elder');
    await expect(toggle.getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
  },
};

export const Chinese: Story = {
  name: 'In Chinese: 长辈模式',
  args: { axes: ['mode', 'scheme', 'contrast'] },
  decorators: [
    (Story) => (
      <LocaleProvider locale="zh-CN">
        <Story />
      </LocaleProvider>
    ),
  ],
};
