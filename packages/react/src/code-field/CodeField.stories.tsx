import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactElement } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Button } from '../button';
import { Stack } from '../stack';
import { Text } from '../text';
import { ThemeScope } from '../theme';
import { CodeField } from './CodeField';

const meta = {
  title: 'Forms/CodeField',
  component: CodeField,
  args: {
    label: 'Code from the text message',
    hint: 'We sent 6 numbers to 138 **** 1234',
    onValueChange: fn(),
    onComplete: fn(),
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '40rem' }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component: [
          'Use a CodeField for a one-time code sent by text message or e-mail, or for a PIN of a few digits. It looks like one large box per digit, but it is a single ordinary input: screen readers meet one field with one label, the phone offers the code from the text message (`autocomplete="one-time-code"`) and its number pad, and the whole code can be pasted. A pasted "123 456" or "123-456" keeps its digits; a letter is refused with "Use numbers only".',
          'With `masked` (a PIN) each digit shows as a dot and the input is a password input, so screen readers do not read the PIN aloud; "Show numbers" is a toggle (`aria-pressed`) that shows them. `resendAfter` counts down "Resend code in 0:45" in view, then offers "Resend code". `expiresIn` warns 20 seconds before the code stops working, in words and once to screen readers, with "I need more time" (WCAG 2.2.1).',
          '`onComplete(code, { mayAutoSubmit })` is called when the last digit is entered. The field never submits a form. In elder mode `mayAutoSubmit` is `false`: wait for the person to press "Continue", since a form that moves on by itself surprises people who type slowly or check each digit.',
          '**Do:** say in the hint where the code was sent and how many numbers it has; give `name` so the code travels with the form; use `resendAfter` and `expiresIn` so nobody is left waiting for a code that no longer works; extend the code on the server when `onExtend` is called.',
          "**Don't:** submit or check the code by itself in elder mode; split the code over several inputs of your own; block paste; use a code field for numbers that are not a code (a phone number, an amount); time the code out without `expiresIn`'s warning.",
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof CodeField>;

export default meta;
type Story = StoryObj<typeof meta>;

const input = (canvasElement: HTMLElement) => canvasElement.querySelector('input')!;

/** Marks the story's language, so screen readers read the label with the right voice. */
const inLanguage = (lang: string) =>
  function InLanguage(Story: () => ReactElement) {
    return (
      <div lang={lang}>
        <Story />
      </div>
    );
  };

export const Default: Story = {
  name: 'Six large boxes over one input, ready to type or paste',
  play: async ({ canvasElement, globals }) => {
    const elder = globals.mode === 'elder';
    const box = canvasElement.querySelector('[data-eui-code-box]')!;
    const rect = box.getBoundingClientRect();
    // A measured size, so a story whose styles went missing fails here rather than passing unstyled.
    await expect(rect.width).toBeGreaterThanOrEqual(elder ? 48 : 44);
    await expect(rect.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
    await expect(within(canvasElement).getByLabelText('Code from the text message')).toHaveAttribute('autocomplete', 'one-time-code');
  },
};

export const Typing: Story = {
  name: 'Digits typed so far, with the caret in the next box',
  play: async ({ canvasElement }) => {
    await userEvent.click(input(canvasElement));
    await userEvent.keyboard('204');
    await expect(input(canvasElement)).toHaveValue('204');
    await expect(canvasElement.querySelector('[data-active]')).toBe(canvasElement.querySelectorAll('[data-eui-code-box]')[3]);
  },
};

export const Pasted: Story = {
  name: 'A pasted “123 456” keeps its six digits',
  play: async ({ canvasElement, args }) => {
    await userEvent.click(input(canvasElement));
    await userEvent.paste('123 456');
    await expect(input(canvasElement)).toHaveValue('123456');
    await expect(args.onComplete).toHaveBeenCalledWith('123456', expect.anything());
  },
};

export const LetterRefused: Story = {
  name: 'A letter is refused with “Use numbers only”',
  play: async ({ canvasElement }) => {
    await userEvent.click(input(canvasElement));
    await userEvent.keyboard('12o');
    await expect(input(canvasElement)).toHaveValue('12');
    await expect(input(canvasElement)).toHaveAccessibleDescription(expect.stringContaining('Use numbers only'));
  },
};

export const WithError: Story = {
  name: 'Error in words above the boxes',
  args: { defaultValue: '123456', error: 'That code is not right. Check the text message and try again', required: true },
};

export const MaskedPin: Story = {
  name: 'PIN shown as dots, with a Show numbers toggle',
  args: {
    label: 'Payment PIN',
    hint: 'The 6 numbers you chose for payments',
    masked: true,
    autoComplete: 'off',
    defaultValue: '2580',
  },
  play: async ({ canvasElement }) => {
    await expect(input(canvasElement)).toHaveAttribute('type', 'password');
    await expect(within(canvasElement).getByRole('button', { name: 'Show numbers' })).toHaveAttribute('aria-pressed', 'false');
  },
};

export const MaskedShown: Story = {
  name: 'PIN numbers shown, the toggle pressed',
  args: { ...MaskedPin.args, defaultVisible: true },
};

export const ResendCountdown: Story = {
  name: 'Resend code in 0:45, counting down in view',
  args: { resendAfter: 45, onResend: fn() },
};

export const ResendReady: Story = {
  name: 'Resend code button once the wait is over',
  args: { resendAfter: 0, onResend: fn() },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Resend code' }));
    await expect(args.onResend).toHaveBeenCalled();
    await expect(input(canvasElement)).toHaveFocus();
  },
};

export const ExpiryWarning: Story = {
  name: 'Warning 20 seconds before the code stops working, with I need more time',
  args: { expiresIn: 20, resendAfter: 60, defaultValue: '12', onExtend: fn(), onResend: fn() },
};

export const Expired: Story = {
  name: 'Code that has stopped working, with Resend code at once',
  args: { expiresIn: 0, resendAfter: 60, onResend: fn() },
};

export const FourDigits: Story = {
  name: 'A four-digit code in one run',
  args: { length: 4, hint: 'We sent 4 numbers to your e-mail', defaultValue: '73' },
};

export const Disabled: Story = {
  name: 'Disabled',
  args: { disabled: true, defaultValue: '123', resendAfter: 0 },
};

export const ElderMode: Story = {
  name: 'Elder mode: a full code waits for Continue',
  render: function ElderModeForm(args) {
    const [checking, setChecking] = useState(false);
    return (
      <ThemeScope mode="elder">
        <Stack asChild gap="lg">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              setChecking(true);
            }}
          >
            <CodeField
              {...args}
              name="code"
              onComplete={(code, details) => {
                args.onComplete?.(code, details);
                // The product's own rule: move on by itself only where the kit allows it.
                if (details.mayAutoSubmit) setChecking(true);
              }}
            />
            <div>
              <Button type="submit">Continue</Button>
            </div>
            {checking ? <Text>Checking your code…</Text> : null}
          </form>
        </Stack>
      </ThemeScope>
    );
  },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(input(canvasElement));
    await userEvent.keyboard('123456');
    await expect(args.onComplete).toHaveBeenCalledWith('123456', { mayAutoSubmit: false });
    await expect(within(canvasElement).queryByText('Checking your code…')).toBeNull();
    const box = canvasElement.querySelector('[data-eui-code-box]')!;
    await expect(parseFloat(getComputedStyle(box).fontSize)).toBeGreaterThanOrEqual(22);
  },
};

export const LongLabel: Story = {
  name: 'A long label and hint wrap; the boxes wrap as two runs of three',
  args: {
    label: 'The verification code from the text message we sent to the phone number registered with your pension account',
    hint: 'It has 6 numbers and works for 5 minutes. If it has not arrived after a minute, ask for a new one below.',
    resendAfter: 45,
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '18rem' }}>
        <Story />
      </div>
    ),
  ],
};

export const Chinese: Story = {
  name: 'Chinese',
  globals: { locale: 'zh-CN' },
  args: { label: '短信验证码', hint: '验证码已发送至 138 **** 1234，共 6 位数字', resendAfter: 45 },
  decorators: [inLanguage('zh-CN')],
};

export const TraditionalChinese: Story = {
  name: 'Traditional Chinese, with the expiry warning',
  globals: { locale: 'zh-TW' },
  args: { label: '簡訊驗證碼', hint: '驗證碼已傳送至 0912 *** 345，共 6 位數字', expiresIn: 20, resendAfter: 45 },
  decorators: [inLanguage('zh-TW')],
};

export const Indonesian: Story = {
  name: 'Indonesian',
  globals: { locale: 'id' },
  args: { label: 'Kode dari SMS', hint: 'Kami mengirim 6 angka ke 0812 **** 5678', resendAfter: 45 },
  decorators: [inLanguage('id')],
};
