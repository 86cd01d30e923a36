import { textSizeAttribute, themeAttributes, type Contrast, type Mode, type Scheme } from '@elder-ui/tokens/contract';
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
        component: [
          'The visible theme switcher. Put it where people look for settings — and on the first screen for products whose users are mostly older. It is a switch for elder mode, with its state in words, and optionally radio groups for text size, colour scheme and contrast (`axes`).',
          'Text size (`textSize`) has the six steps phones offer (WeChat, HarmonyOS): 100, 115, 130, 150, 175 and 200 %. It scales the root font size, so the whole page grows at once, on top of elder mode and of the browser\'s own text setting. Each step shows "Aa" (and 字 in Chinese) at the size body text takes at that step, whichever step is applied, so a person sees what the next step gives before choosing it.',
          '**Do** keep the default words, which are the names people search for (长辈模式, 关怀模式, elder mode, mode lansia; 字体大小 for text size). Offer text size beside elder mode: some people need larger text without the rest of elder mode.',
          '**Don\'t** hide it in a menu several levels deep, replace the words with an icon alone, or set a root font size of your own: the text size would no longer apply.',
        ].join('\n\n'),
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
  name: 'Display settings panel: mode, text size, colours and contrast',
  args: { axes: ['mode', 'textSize', 'scheme', 'contrast'] },
};

export const TextSize: Story = {
  name: 'Text size: the page grows at once, and each step shows its size',
  args: { axes: ['mode', 'textSize'] },
  play: async ({ canvasElement }) => {
    const html = document.documentElement;
    const sizes = within(within(canvasElement).getByRole('radiogroup', { name: 'Text size' }));
    // The words of a step, whose first child is its sample.
    const drawnAt = (name: string) => parseFloat(getComputedStyle(sizes.getByText(name).firstElementChild!).fontSize);
    const rootSize = () => parseFloat(getComputedStyle(html).fontSize);
    await expect(sizes.getByRole('radio', { name: 'Standard (100%)' })).toBeChecked();

    await userEvent.click(sizes.getByText('150%'));
    await expect(html).toHaveAttribute(textSizeAttribute, '150');
    const [largerRoot, standardSample, largestSample] = [rootSize(), drawnAt('Standard (100%)'), drawnAt('200%')];
    // The samples show what each step gives, so 200 % is drawn twice as large as 100 %.
    await expect(largestSample).toBeCloseTo(standardSample * 2, 1);

    // And back, so the page is again at the size the accessibility check judges it by.
    await userEvent.click(sizes.getByText('Standard (100%)'));
    await expect(html).toHaveAttribute(textSizeAttribute, '100');
    await expect(largerRoot).toBeCloseTo(rootSize() * 1.5, 1);
    // The samples kept their sizes while the page shrank back.
    await expect(drawnAt('Standard (100%)')).toBeCloseTo(standardSample, 1);
    await expect(drawnAt('200%')).toBeCloseTo(largestSample, 1);
  },
};

export const Flipped: Story = {
  name: 'Flipping it switches the page and back, and says so in words',
  play: async ({ canvasElement, globals }) => {
    const wasElder = globals.mode === 'elder';
    const toggle = within(canvasElement).getByRole('switch', { name: 'Elder mode' });
    // The state word is shown with the switch, inside its row.
    const words = within(toggle.closest('label')!);
    await expect(words.getByText(wasElder ? 'On' : 'Off')).toBeVisible();
    await userEvent.click(toggle);
    await expect(toggle).toHaveProperty('checked', !wasElder);
    await expect(words.getByText(wasElder ? 'Off' : 'On')).toBeVisible();
    await expect(document.documentElement).toHaveAttribute(themeAttributes.mode, wasElder ? 'standard' : 'elder');
    await expect(toggle.getBoundingClientRect().height).toBeGreaterThanOrEqual(wasElder ? 44 : 60);
    // And back, so the page is again in the theme the accessibility check judges it by.
    await userEvent.click(toggle);
    await expect(document.documentElement).toHaveAttribute(themeAttributes.mode, wasElder ? 'elder' : 'standard');
  },
};

export const Chinese: Story = {
  name: 'In Chinese: 长辈模式 and 字体大小',
  args: { axes: ['mode', 'textSize', 'scheme', 'contrast'] },
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    // Named by the words people search for: 长辈模式, and 长辈版 / 关怀模式 in its description.
    const toggle = within(canvasElement).getByRole('switch', { name: '长辈模式' });
    await expect(toggle).toHaveAccessibleDescription(/关怀模式/);
    const sizes = within(within(canvasElement).getByRole('radiogroup', { name: '字体大小' }));
    await expect(sizes.getByRole('radio', { name: '标准（100%）' })).toBeChecked();
    // The sample is drawn in Chinese too.
    await expect(sizes.getAllByText('Aa字')).toHaveLength(6);
  },
};

export const Indonesian: Story = {
  name: 'In Indonesian: Mode lansia and Ukuran teks',
  args: { axes: ['mode', 'textSize', 'scheme', 'contrast'] },
  globals: { locale: 'id' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('switch', { name: 'Mode lansia' })).toBeInTheDocument();
    const sizes = within(canvasElement).getByRole('radiogroup', { name: 'Ukuran teks' });
    await expect(within(sizes).getByRole('radio', { name: 'Standar (100%)' })).toBeChecked();
  },
};
