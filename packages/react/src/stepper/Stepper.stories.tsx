import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stepper } from './Stepper';

const meta = {
  title: 'Navigation/Stepper',
  component: Stepper,
  args: { current: 2, total: 4, title: 'How much to send' },
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** at the top of each screen of a task split into steps, so people know where they are and how much is left.',
          '**Do:** show one step per screen; name the step as a task ("How much to send"); keep flows to five steps or fewer.',
          "**Don't:** show every step's name at once, or make the steps clickable shortcuts. The words \"Step 2 of 4\" carry the meaning; the bar is decoration and hidden from screen readers.",
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Stepper>;

export default meta;
type Story = StoryObj<typeof meta>;

export const SecondStep: Story = { name: 'Step 2 of 4, with its name' };

export const LastStep: Story = { name: 'The last step', args: { current: 4, title: 'Check and send' } };

export const Chinese: Story = { name: 'Chinese', args: { title: '填写金额' }, globals: { locale: 'zh-CN' } };
