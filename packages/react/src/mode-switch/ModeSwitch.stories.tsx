import { themeAttributes, type Contrast, type Mode, type Scheme } from '@elder-ui/tokens/contract';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ThemeProvider } from '../theme';
import { ModeSwitch } from './ModeSwitch';

const meta = {
  title: 'Components/ModeSwitch',
  component: ModeSwitch,
  // The switch changes the page theme, so each story gets its own provider, starting
  // from the toolbar's theme and storing nothing: the toolbar's provider is controlled
  // and would hold the switch still.
  decorators: [
    (Story, { globals }) => (
      <ThemeProvider
        storage={null}
        defaultMode={globals.mode as Mode}
        defaultScheme={globals.scheme as Scheme}
        defaultContrast={globals.contrast as Contrast}
      >
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

export const Flipped: Story = {
  name: 'Flipping it switches the page and back, and says so in words',
  play: async ({ canvasElement, globals }) => {
    const wasElder = globals.mode === 'elder';
    const toggle = within(canvasElement).getByRole('switch', { name: 'Elder mode' });
    await expect(toggle).toHaveTextContent(wasElder ? 'On' : 'Off');
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-checked', String(!wasElder));
    await expect(toggle).toHaveTextContent(wasElder ? 'Off' : 'On');
    await expect(document.documentElement).toHaveAttribute(themeAttributes.mode, wasElder ? 'standard' : 'elder');
    await expect(toggle.getBoundingClientRect().height).toBeGreaterThanOrEqual(wasElder ? 44 : 60);
    // And back, so the page is again in the theme the accessibility check judges it by.
    await userEvent.click(toggle);
    await expect(document.documentElement).toHaveAttribute(themeAttributes.mode, wasElder ? 'elder' : 'standard');
  },
};

export const Chinese: Story = {
  name: 'In Chinese: 长辈模式',
  args: { axes: ['mode', 'scheme', 'contrast'] },
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    // Named by the words people search for: 长辈模式, and 长辈版 / 关怀模式 in its description.
    const toggle = within(canvasElement).getByRole('switch', { name: '长辈模式' });
    await expect(toggle).toHaveAccessibleDescription(/关怀模式/);
  },
};
