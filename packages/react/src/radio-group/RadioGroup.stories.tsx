import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { RadioGroup, RadioGroupItem } from './RadioGroup';

const items = (
  <>
    <RadioGroupItem value="now" label="Now" hint="Fee 2.00" />
    <RadioGroupItem value="today" label="Later today" hint="No fee" />
    <RadioGroupItem value="tomorrow" label="Tomorrow" hint="No fee" />
  </>
);

const meta = {
  title: 'Forms/RadioGroup',
  component: RadioGroup,
  args: { label: 'When should the money arrive?', children: items },
  decorators: [(Story) => <div style={{ maxWidth: '32rem' }}><Story /></div>],
  parameters: {
    docs: {
      description: {
        component: [
          'Use a RadioGroup when the user must choose exactly one of two to about seven answers and it helps to see them all. For more answers use a Select; for several answers a CheckboxGroup.',
          '**Do** ask the question in `label`, keep the answers short, put costs or consequences in each item\'s `hint`, and choose a safe default only when there is one.',
          '**Don\'t** use a RadioGroup for an on/off setting (use a Switch) or for navigation.',
          'The whole option is the hit area (at least 48 × 48 px in elder mode). The choices are the browser\'s own radios in a fieldset: the arrow keys move between them and choose, in all four directions; the chosen value is sent with the form under `name`, and a form reset brings back `defaultValue`. Chosen shows a dot and heavier words, not colour alone.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof RadioGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  name: 'Nothing chosen yet',
  play: async ({ canvasElement, globals }) => {
    const elder = globals.mode === 'elder';
    for (const radio of within(canvasElement).getAllByRole('radio')) {
      const option = radio.closest('label')!.getBoundingClientRect();
      await expect(option.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
    }
  },
};

export const Chosen: Story = {
  name: 'One chosen',
  args: { defaultValue: 'today' },
};

export const Focused: Story = {
  name: 'Arrow keys move; focus rings the option',
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    const later = within(canvasElement).getByRole('radio', { name: 'Later today' });
    await expect(later).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(later).toBeChecked();
  },
};

export const WithError: Story = {
  name: 'Error in words with an icon',
  args: { error: 'Choose when the money should arrive', required: true, hint: 'Faster costs more' },
};

export const Disabled: Story = {
  name: 'Disabled',
  args: { disabled: true, defaultValue: 'now' },
};

export const Horizontal: Story = {
  name: 'Side by side, wrapping',
  args: {
    orientation: 'horizontal',
    label: 'Do you know this person?',
    children: (
      <>
        <RadioGroupItem value="yes" label="Yes" />
        <RadioGroupItem value="no" label="No" />
      </>
    ),
  },
};

export const LongText: Story = {
  name: 'Long answers wrap beside the circle',
  args: {
    label: 'What should happen if the bank of the person you are paying cannot take the money today?',
    children: (
      <>
        <RadioGroupItem value="retry" label="Try again tomorrow morning and send me a text message when the money has arrived" />
        <RadioGroupItem value="return" label="Give the money back to my account straight away, with no fee" />
      </>
    ),
  },
  decorators: [(Story) => <div style={{ maxWidth: '18rem' }}><Story /></div>],
};

export const Chinese: Story = {
  name: 'Chinese answers',
  args: {
    label: '到账时间',
    children: (
      <>
        <RadioGroupItem value="now" label="实时到账" hint="手续费 2.00 元" />
        <RadioGroupItem value="tomorrow" label="次日到账" hint="免手续费" />
      </>
    ),
  },
};
