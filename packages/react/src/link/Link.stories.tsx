import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Text } from '../text';
import { Link } from './Link';

const meta = {
  title: 'Layout/Link',
  component: Link,
  args: { href: '#fees', children: 'see the fees for sending money' },
  // A link sits in a sentence: inline links are exempt from the target size (WCAG 2.5.8), as in real text.
  render: (args) => (
    <Text>
      Before you send anything, <Link {...args} />, so that nothing surprises you later.
    </Text>
  ),
  parameters: {
    docs: {
      description: {
        component: [
          'Use a Link to go somewhere: another page or a place on this one. It is always underlined, so colour is never the only cue. `external` says "(opens another website)" in words after the link, with an icon.',
          '**Do** write link text that makes sense on its own ("See the fees"), and mark links that leave your site as `external`.',
          '**Don\'t** write "click here", open new tabs without saying so, or use a Link for an action (use a Button).',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof Link>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  name: 'Underlined words',
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(within(canvasElement).getByRole('link')).textDecorationLine).toBe('underline');
  },
};

export const External: Story = {
  name: 'External, said in words',
  args: { href: 'https://example.org', external: true, children: 'check the national pension service' },
};

export const Focused: Story = {
  name: 'Keyboard focus',
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link')).toHaveFocus();
  },
};

export const LongText: Story = {
  name: 'Long links wrap',
  args: { children: 'read what happens to your money if the person you are paying has closed their account' },
  decorators: [(Story) => <div style={{ maxWidth: '14rem' }}><Story /></div>],
};

export const Chinese: Story = {
  name: 'Chinese, external',
  args: { href: 'https://example.org', external: true, children: '国家社会保险公共服务平台' },
  render: (args) => (
    <Text>
      每月养老金的发放时间和到账金额，都可以在<Link {...args} />上查询，也可以拨打当地社保热线咨询。
    </Text>
  ),
};
