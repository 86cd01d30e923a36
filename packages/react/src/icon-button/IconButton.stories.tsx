import { CloseIcon, DeleteIcon, SearchIcon, ShareIcon } from '@elder-ui/icons';
import { primaryTarget, targetAttribute } from '@elder-ui/tokens/contract';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { IconButton, iconButtonTones } from './IconButton';

const meta = {
  title: 'Forms/IconButton',
  component: IconButton,
  args: { label: 'Search', icon: <SearchIcon />, tone: 'secondary' },
  argTypes: { tone: { control: 'inline-radio', options: iconButtonTones } },
  parameters: {
    docs: {
      description: {
        component: [
          'Use an IconButton for a common action whose icon is widely known (search, close, share) where space is tight. `label` is required: it is the accessible name in both modes, and in elder mode it shows as words beside (or under) the icon, since an icon never stands alone there.',
          '**Do** write the label as a verb ("Search", "Close"); use a Button with words for anything less common. Mark a primary action, such as the close button of a dialog or a notification, with `data-eui-target="primary"`: it then grows to at least 60 × 60 px in elder mode (MIIT 2.1), and the elder audit holds it to that size.',
          '**Don\'t** put money or legal actions behind an icon alone, or use two icon buttons with the same icon for different things.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof IconButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  name: 'Icon, with its words shown in elder mode',
  play: async ({ canvasElement, globals }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Search' });
    const elder = globals.mode === 'elder';
    const words = within(button).getByText('Search').getBoundingClientRect();
    await expect(words.width > 1).toBe(elder);
    await expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(elder ? 48 : 44);
  },
};

export const Tones: Story = {
  name: 'Primary, secondary and ghost',
  render: () => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--eui-target-gap)' }}>
      <IconButton tone="primary" label="Share" icon={<ShareIcon />} />
      <IconButton tone="secondary" label="Search" icon={<SearchIcon />} />
      <IconButton tone="ghost" label="Close" icon={<CloseIcon />} />
    </div>
  ),
};

export const PrimaryTarget: Story = {
  name: 'Primary target: at least 60 × 60 px in elder mode',
  args: { label: 'Close', icon: <CloseIcon /> },
  render: (args) => <IconButton {...args} {...{ [targetAttribute]: primaryTarget }} />,
  play: async ({ canvasElement, globals }) => {
    const box = within(canvasElement).getByRole('button', { name: 'Close' }).getBoundingClientRect();
    const minimum = globals.mode === 'elder' ? 60 : 44;
    await expect(box.width).toBeGreaterThanOrEqual(minimum);
    await expect(box.height).toBeGreaterThanOrEqual(minimum);
  },
};

export const Below: Story = {
  name: 'Words under the icon in elder mode',
  args: { labelPlacement: 'below', label: 'Share', icon: <ShareIcon /> },
};

export const Focused: Story = {
  name: 'Keyboard focus',
  play: async () => {
    await userEvent.tab();
  },
};

export const Disabled: Story = {
  name: 'Disabled',
  args: { disabled: true, label: 'Delete', icon: <DeleteIcon /> },
};

export const LongText: Story = {
  name: 'Long words wrap in elder mode',
  args: { label: 'Delete this payee from my saved list', icon: <DeleteIcon /> },
  decorators: [(Story) => <div style={{ maxWidth: '12rem' }}><Story /></div>],
};

export const Chinese: Story = {
  name: 'Chinese label',
  args: { label: '搜索', icon: <SearchIcon /> },
};
