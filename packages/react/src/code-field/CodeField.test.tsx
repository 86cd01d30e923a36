import { composeStories } from '@storybook/react-vite';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider } from '../locale';
import { ThemeScope } from '../theme';
import { CodeField } from './CodeField';
import * as stories from './CodeField.stories';

const { Default, MaskedPin, WithError, ExpiryWarning, Chinese } = composeStories(stories);

afterEach(() => {
  vi.useRealTimers();
});

const input = () => document.querySelector('input')!;
/** What the boxes draw, one character per box, `_` for an empty one. */
const drawn = () =>
  Array.from(document.querySelectorAll('[data-eui-code-box]'), (box) => box.textContent || '_').join('');
const announced = (politeness: 'polite' | 'assertive' = 'polite') =>
  document.querySelector(`[data-eui-announcer="${politeness}"]`)?.textContent;

/** Fake timers that still move with real time, so user-event's own waits end. */
function fakeClock() {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  return userEvent;
}
const seconds = (count: number) => act(() => vi.advanceTimersByTime(count * 1000));

describe('CodeField', () => {
  it('is one numeric input for the whole code, named by its label and described by its hint', () => {
    render(<Default />);
    const field = screen.getByLabelText('Code from the text message');
    expect(field).toBe(input());
    expect(document.querySelectorAll('input')).toHaveLength(1);
    expect(field).toHaveAttribute('autocomplete', 'one-time-code');
    expect(field).toHaveAttribute('inputmode', 'numeric');
    expect(field).toHaveAttribute('pattern', '[0-9]*');
    expect(field).toHaveAttribute('maxlength', '6');
    expect(field).toHaveAttribute('type', 'text');
    expect(field).toHaveAccessibleDescription('We sent 6 numbers to 138 **** 1234');
  });

  it('draws one box per digit, hidden from screen readers, in two runs of three', () => {
    render(<Default />);
    expect(document.querySelectorAll('[data-eui-code-box]')).toHaveLength(6);
    const runs = Array.from(document.querySelectorAll('[data-eui-code-box]'), (box) => box.parentElement);
    expect(new Set(runs).size).toBe(2);
    for (const run of runs) expect(run).toHaveAttribute('aria-hidden', 'true');
  });

  it('takes typed digits into the boxes and calls onValueChange, then onComplete once with the code', async () => {
    const onValueChange = vi.fn();
    const onComplete = vi.fn();
    render(<CodeField label="Code" onValueChange={onValueChange} onComplete={onComplete} />);
    await userEvent.click(input());
    await userEvent.keyboard('12345');
    expect(drawn()).toBe('12345_');
    expect(onValueChange).toHaveBeenLastCalledWith('12345');
    expect(onComplete).not.toHaveBeenCalled();
    await userEvent.keyboard('6');
    expect(input()).toHaveValue('123456');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith('123456', { mayAutoSubmit: true });
  });

  it('takes Backspace to undo the last digit', async () => {
    render(<CodeField label="Code" defaultValue="1234" />);
    await userEvent.click(input());
    await userEvent.keyboard('{Backspace}');
    expect(input()).toHaveValue('123');
    expect(drawn()).toBe('123___');
  });

  it.each([['123 456'], ['123-456'], ['１２３４５６'], [' 12 34 56 78 ']])('keeps the digits of a pasted "%s"', async (text) => {
    const onComplete = vi.fn();
    render(<CodeField label="Code" onComplete={onComplete} />);
    await userEvent.click(input());
    await userEvent.paste(text);
    expect(input()).toHaveValue('123456');
    expect(onComplete).toHaveBeenCalledWith('123456', { mayAutoSubmit: true });
    expect(document.querySelector('[data-eui-field-error]')).toBeNull();
  });

  it('puts a pasted part of a code after the digits already there', async () => {
    render(<CodeField label="Code" defaultValue="12" />);
    await userEvent.click(input());
    await userEvent.paste('3-4');
    expect(input()).toHaveValue('1234');
  });

  it('refuses a letter with an error in words next to the field, said at once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    render(<CodeField label="Code" />);
    await userEvent.click(input());
    await userEvent.keyboard('12a');
    expect(input()).toHaveValue('12');
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    expect(input()).toHaveAccessibleDescription('Error: Use numbers only');
    act(() => vi.advanceTimersByTime(150));
    expect(announced('assertive')).toBe('Use numbers only');
    // The next digit clears the error.
    await userEvent.keyboard('3');
    expect(input()).toHaveValue('123');
    expect(input()).not.toHaveAttribute('aria-invalid');
    expect(document.querySelector('[data-eui-field-error]')).toBeNull();
  });

  it('drops a typed space or dash without an error', async () => {
    render(<CodeField label="Code" />);
    await userEvent.click(input());
    await userEvent.keyboard('12 3-');
    expect(input()).toHaveValue('123');
    expect(input()).not.toHaveAttribute('aria-invalid');
  });

  it('shows its own error in words with aria-invalid', () => {
    render(<WithError />);
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    expect(input()).toHaveAccessibleDescription(
      'We sent 6 numbers to 138 **** 1234 Error: That code is not right. Check the text message and try again',
    );
    expect(screen.getByLabelText('Code from the text message (required)')).toBe(input());
  });

  it('follows a controlled value, keeping only its digits', async () => {
    const onValueChange = vi.fn();
    const { rerender } = render(<CodeField label="Code" value="12-3" onValueChange={onValueChange} />);
    expect(input()).toHaveValue('123');
    await userEvent.click(input());
    await userEvent.keyboard('4');
    expect(onValueChange).toHaveBeenCalledWith('1234');
    expect(input()).toHaveValue('123');
    rerender(<CodeField label="Code" value="1234" onValueChange={onValueChange} />);
    expect(drawn()).toBe('1234__');
  });

  it('draws as many boxes as `length` asks for', async () => {
    const onComplete = vi.fn();
    render(<CodeField label="PIN" length={4} onComplete={onComplete} />);
    expect(document.querySelectorAll('[data-eui-code-box]')).toHaveLength(4);
    await userEvent.click(input());
    await userEvent.keyboard('98765');
    expect(input()).toHaveValue('9876');
    expect(onComplete).toHaveBeenCalledWith('9876', { mayAutoSubmit: true });
  });

  it('falls back to six boxes, with a development warning, for a length that is not a whole number', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<CodeField label="Code" length={2.5} />);
    expect(document.querySelectorAll('[data-eui-code-box]')).toHaveLength(6);
    expect(input()).toHaveAttribute('maxlength', '6');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('CodeField got length 2.5'));
    warn.mockRestore();
  });

  describe('masked', () => {
    it('is a password input drawn as dots, with a Show numbers toggle that shows the digits', async () => {
      render(<MaskedPin />);
      expect(input()).toHaveAttribute('type', 'password');
      expect(drawn()).toBe('••••__');
      const toggle = screen.getByRole('button', { name: 'Show numbers' });
      expect(toggle).toHaveAttribute('aria-pressed', 'false');
      expect(toggle).toHaveAttribute('aria-controls', input().id);
      await userEvent.click(toggle);
      expect(toggle).toHaveAttribute('aria-pressed', 'true');
      expect(input()).toHaveAttribute('type', 'text');
      expect(drawn()).toBe('2580__');
      await userEvent.click(toggle);
      expect(input()).toHaveAttribute('type', 'password');
      expect(drawn()).toBe('••••__');
    });

    it('keeps the numeric keyboard and the toggle reachable by keyboard', async () => {
      render(<MaskedPin />);
      expect(input()).toHaveAttribute('inputmode', 'numeric');
      await userEvent.tab();
      expect(input()).toHaveFocus();
      await userEvent.tab();
      expect(screen.getByRole('button', { name: 'Show numbers' })).toHaveFocus();
      await userEvent.keyboard(' ');
      expect(screen.getByRole('button', { name: 'Show numbers' })).toHaveAttribute('aria-pressed', 'true');
    });

    it('follows a controlled visibility', async () => {
      const onVisibleChange = vi.fn();
      render(<CodeField label="PIN" masked visible onVisibleChange={onVisibleChange} />);
      expect(input()).toHaveAttribute('type', 'text');
      await userEvent.click(screen.getByRole('button', { name: 'Show numbers' }));
      expect(onVisibleChange).toHaveBeenCalledWith(false);
    });
  });

  describe('resend countdown', () => {
    it('counts down in view, then offers Resend code, which calls onResend, empties the boxes and starts again', async () => {
      const user = fakeClock();
      const onResend = vi.fn();
      render(<CodeField label="Code" defaultValue="12" resendAfter={45} onResend={onResend} />);
      expect(screen.getByText('Resend code in 0:45')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Resend code' })).toBeNull();
      seconds(15);
      expect(screen.getByText('Resend code in 0:30')).toBeInTheDocument();
      seconds(30);
      const resend = screen.getByRole('button', { name: 'Resend code' });
      await user.click(resend);
      expect(onResend).toHaveBeenCalledTimes(1);
      expect(input()).toHaveValue('');
      expect(input()).toHaveFocus();
      expect(screen.getByText('Resend code in 0:45')).toBeInTheDocument();
    });

    it('shows minutes and seconds', () => {
      fakeClock();
      render(<CodeField label="Code" resendAfter={125} />);
      expect(screen.getByText('Resend code in 2:05')).toBeInTheDocument();
      seconds(66);
      expect(screen.getByText('Resend code in 0:59')).toBeInTheDocument();
    });

    it('is in the reader’s language', () => {
      fakeClock();
      render(<Chinese />);
      expect(screen.getByText('0:45 后可重新获取验证码')).toBeInTheDocument();
      seconds(45);
      expect(screen.getByRole('button', { name: '重新获取验证码' })).toBeInTheDocument();
    });

    it('stops its clock when the field goes away', () => {
      fakeClock();
      const { unmount } = render(<CodeField label="Code" resendAfter={45} expiresIn={300} />);
      expect(vi.getTimerCount()).toBeGreaterThan(0);
      unmount();
      expect(vi.getTimerCount()).toBe(0);
    });
  });

  describe('expiry', () => {
    it('warns 20 seconds before the code stops working, in words, said once, with I need more time', async () => {
      const user = fakeClock();
      const onExtend = vi.fn();
      render(<CodeField label="Code" expiresIn={60} onExtend={onExtend} />);
      seconds(39);
      expect(screen.queryByText(/stops working/)).toBeNull();
      seconds(1);
      expect(screen.getByText('This code stops working in 0:20.')).toBeInTheDocument();
      seconds(0.2);
      expect(announced()).toBe('This code stops working in 20 seconds. If you need more time, choose “I need more time”.');
      // The visible time keeps counting; the announcement is not repeated on each tick.
      document.querySelector('[data-eui-announcer="polite"]')!.textContent = '';
      seconds(5);
      expect(screen.getByText('This code stops working in 0:15.')).toBeInTheDocument();
      expect(announced()).toBe('');
      expect(input()).toHaveAccessibleDescription(expect.stringContaining('This code stops working in 0:15.'));

      await user.click(screen.getByRole('button', { name: 'I need more time' }));
      expect(onExtend).toHaveBeenCalledTimes(1);
      expect(screen.queryByText(/stops working/)).toBeNull();
      expect(input()).toHaveFocus();
      seconds(40);
      expect(screen.getByText('This code stops working in 0:20.')).toBeInTheDocument();
    });

    it('says when the code has stopped working, calls onExpire and offers Resend code at once', () => {
      fakeClock();
      const onExpire = vi.fn();
      render(<CodeField label="Code" expiresIn={30} resendAfter={60} onExpire={onExpire} onResend={() => {}} />);
      seconds(30);
      expect(onExpire).toHaveBeenCalledTimes(1);
      expect(screen.getByText('This code has stopped working. Ask for a new code.')).toBeInTheDocument();
      expect(screen.queryByText(/stops working in/)).toBeNull();
      expect(screen.getByRole('button', { name: 'Resend code' })).toBeInTheDocument();
      seconds(0.2);
      expect(announced()).toBe('This code has stopped working. Ask for a new code.');
    });

    it('warns at once when the code has less than 20 seconds left', () => {
      fakeClock();
      render(<ExpiryWarning />);
      expect(screen.getByText('This code stops working in 0:20.')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'I need more time' })).toBeInTheDocument();
    });
  });

  describe('in a form', () => {
    it('sends the code under its name in the form data, and never submits by itself', async () => {
      const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
      render(
        <form aria-label="Sign in" onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
          <CodeField label="Code" name="code" required />
        </form>,
      );
      await userEvent.click(input());
      await userEvent.paste('123 456');
      expect(onSubmit).not.toHaveBeenCalled();
      const form = screen.getByRole('form', { name: 'Sign in' }) as HTMLFormElement;
      expect(new FormData(form).get('code')).toBe('123456');
      expect(input()).toHaveAttribute('aria-required', 'true');
    });

    it('tells onComplete not to submit by itself in elder mode, from the closest theme scope', async () => {
      const onComplete = vi.fn();
      render(
        <ThemeScope mode="elder">
          <CodeField label="Code" onComplete={onComplete} />
        </ThemeScope>,
      );
      await userEvent.click(input());
      await userEvent.keyboard('123456');
      expect(onComplete).toHaveBeenCalledWith('123456', { mayAutoSubmit: false });
    });

    it('follows a standard scope nested in an elder one', async () => {
      const onComplete = vi.fn();
      render(
        <ThemeScope mode="elder">
          <ThemeScope mode="standard">
            <CodeField label="Code" onComplete={onComplete} />
          </ThemeScope>
        </ThemeScope>,
      );
      await userEvent.click(input());
      await userEvent.paste('123456');
      expect(onComplete).toHaveBeenCalledWith('123456', { mayAutoSubmit: true });
    });
  });

  it('speaks the reader’s language', async () => {
    render(
      <LocaleProvider locale="id">
        <CodeField label="PIN" masked />
      </LocaleProvider>,
    );
    expect(screen.getByRole('button', { name: 'Tampilkan angka' })).toBeInTheDocument();
    await userEvent.click(input());
    await userEvent.keyboard('x');
    expect(input()).toHaveAccessibleDescription('Kesalahan: Gunakan angka saja');
  });

  it.each([
    ['empty', Default],
    ['masked', MaskedPin],
    ['with an error', WithError],
    ['with the expiry warning', ExpiryWarning],
  ])('has no axe violations, %s', async (_state, Story) => {
    render(<Story />);
    expect(await axeViolations()).toEqual([]);
  });

  it('has no axe violations with a letter refused', async () => {
    render(<Default />);
    await userEvent.click(input());
    await userEvent.keyboard('a');
    expect(await axeViolations()).toEqual([]);
  });
});
