import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { ReactNode } from 'react';
import { RiskWarning } from '../alert';
import { Button } from '../button';
import { ConfirmAction } from './ConfirmAction';

/**
 * A docs page starts every story closed (.storybook/preview.tsx). A story with no trigger of its
 * own gets one there, named as its confirm button is, so the reader can still open it.
 */
const triggerOnDocsPage: Decorator = (Story, { viewMode, args }) =>
  viewMode === 'docs' && !args.children ? <Story args={{ ...args, children: <Button>{args.confirmLabel as ReactNode}</Button> }} /> : <Story />;

const meta = {
  title: 'Overlays/ConfirmAction',
  component: ConfirmAction,
  args: {
    title: 'Send this money?',
    details: [
      { label: 'Amount', value: '¥1,250.00' },
      { label: 'To', value: 'Wang Xiaoming, Bank of China ····4321' },
    ],
    consequence: 'The money leaves your account at once. It cannot be taken back.',
    confirmLabel: 'Send ¥1,250.00',
    onConfirm: () => {},
  },
  decorators: [triggerOnDocsPage],
  parameters: {
    docs: {
      description: {
        component: [
          '**When to use:** before any action that moves money or signs something (WCAG 3.3.4): a transfer, a payment, closing an account, accepting terms.',
          '**Do:** restate the facts that matter in `details` (amount first, then who gets it), say what follows in `consequence`, and name the confirm button after the action ("Send ¥1,250.00").',
          '**Amount in words:** give the amount detail `inWords: { amount: \'1250.00\', currency: \'CNY\' }` (the decimal string AmountField reports) and the words show under the digits, in the language of the LocaleProvider, as banks write them: 大写：人民币壹仟贰佰伍拾元整, "Terbilang: …", "In words: one thousand two hundred fifty yuan". A misplaced separator or an extra zero is easy to miss in digits and hard to miss in words. The words come from `formatAmountInWords`; for a currency it cannot write, pass your own words as a string.',
          "**Don't:** use it for everyday choices (it is deliberately slow); pre-tick the box; put promotions in it.",
          '**The deliberate step:** the confirm button only works after the person ticks "I have checked the details above". Pressed before that, it sends nothing, moves focus to the box and says why, so one accidental tap — or a double tap — can never confirm. A tick box was chosen over press-and-hold because it needs no timing, no fine motor control and works the same with a switch, a screen reader or a keyboard.',
          'Focus starts on the safe choice (Cancel). A tap outside does nothing, Escape cancels, and focus goes back where it came from.',
          '**Built from the kit:** an `AlertDialog` (its `open`, `defaultOpen` and `onOpenChange` are the alert dialog\'s), whose description is the restated facts; the kit\'s `Checkbox` for the tick box, with its error in words while the box is unticked; and `AlertDialogCancel` and `AlertDialogAction` around two `Button`s.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof ConfirmAction>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Open: Story = {
  name: 'Open: amount and recipient in large text, Cancel has focus',
  args: { defaultOpen: true },
  play: async ({ globals }) => {
    const dialog = await within(document.body).findByRole('alertdialog');
    const amount = within(dialog).getByText('¥1,250.00');
    await expect(parseFloat(getComputedStyle(amount).fontSize)).toBeGreaterThanOrEqual(globals.mode === 'elder' ? 28 : 24);
    await waitFor(() => expect(within(dialog).getAllByRole('button')[0]).toHaveFocus());
  },
};

export const PressedTooSoon: Story = {
  name: 'Confirm pressed before ticking: nothing sent, the box is explained',
  args: { defaultOpen: true },
  play: async () => {
    const dialog = await within(document.body).findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send ¥1,250.00' }));
    await expect(within(dialog).getByRole('checkbox')).toHaveFocus();
    await expect(within(dialog).getByRole('checkbox')).not.toBeChecked();
  },
};

export const Ticked: Story = {
  name: 'Ticked: the confirm button is ready',
  args: { defaultOpen: true },
  play: async () => {
    const dialog = await within(document.body).findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('checkbox'));
    await expect(within(dialog).getByRole('button', { name: 'Send ¥1,250.00' })).not.toHaveAttribute('aria-disabled');
  },
};

export const WithRiskWarning: Story = {
  name: 'With a fraud warning above the tick box',
  args: {
    defaultOpen: true,
    warning: (
      <RiskWarning helpHref="tel:96110" helpLabel="Call the anti-fraud line: 96110">
        You have never sent money to this person before.
      </RiskWarning>
    ),
  },
};

export const Danger: Story = {
  name: 'Danger tone for closing an account',
  args: {
    defaultOpen: true,
    tone: 'danger',
    title: 'Close this account?',
    details: [
      { label: 'Account', value: 'Savings ····8890' },
      { label: 'Money left in it', value: '¥0.00' },
    ],
    consequence: 'You cannot open it again. Your statements stay available for 5 years.',
    confirmLabel: 'Close account',
  },
};

export const FromATrigger: Story = {
  name: 'Opened from a button; Escape brings focus back',
  render: (args) => (
    <ConfirmAction {...args}>
      <Button>Send money</Button>
    </ConfirmAction>
  ),
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Send money' });
    await userEvent.click(trigger);
    await within(document.body).findByRole('alertdialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

export const Chinese: Story = {
  name: 'Chinese',
  args: {
    defaultOpen: true,
    title: '确认转账？',
    details: [
      { label: '金额', value: '¥1,250.00' },
      { label: '收款人', value: '王小明（中国银行 尾号4321）' },
    ],
    consequence: '钱会马上转出，无法撤回。',
    confirmLabel: '转账 ¥1,250.00',
  },
};

export const AmountInWords: Story = {
  name: 'Amount read back in words',
  args: {
    defaultOpen: true,
    details: [
      { label: 'Amount', value: '¥1,250.00', inWords: { amount: '1250.00', currency: 'CNY' } },
      { label: 'To', value: 'Wang Xiaoming, Bank of China ····4321' },
    ],
  },
  play: async ({ globals }) => {
    const dialog = await within(document.body).findByRole('alertdialog');
    const words = within(dialog).getByText('In words: one thousand two hundred fifty yuan');
    await expect(words).toBeVisible();
    // Main action text: 22 px in elder mode, beside the amount's large digits.
    await expect(parseFloat(getComputedStyle(words).fontSize)).toBeGreaterThanOrEqual(globals.mode === 'elder' ? 22 : 16);
  },
};

export const AmountInWordsChinese: Story = {
  name: 'Amount read back in words: Chinese 大写金额',
  args: {
    defaultOpen: true,
    title: '确认转账？',
    details: [
      { label: '金额', value: '¥100,010.05', inWords: { amount: '100010.05', currency: 'CNY' } },
      { label: '收款人', value: '王小明（中国银行 尾号4321）' },
    ],
    consequence: '钱会马上转出，无法撤回。',
    confirmLabel: '转账 ¥100,010.05',
  },
  globals: { locale: 'zh-CN' },
  play: async () => {
    const dialog = await within(document.body).findByRole('alertdialog');
    await expect(within(dialog).getByText('大写：人民币壹拾万零壹拾元零伍分')).toBeVisible();
  },
};
