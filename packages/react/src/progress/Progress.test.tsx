import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider } from '../locale';
import { Progress, Spinner } from '.';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const announced = () => {
  act(() => vi.advanceTimersByTime(150));
  return document.querySelector('[data-eui-announcer]')?.textContent ?? '';
};

describe('Progress', () => {
  it('is a progress bar named by its label with its value in words', () => {
    render(<Progress label="Uploading your ID card" value={40} />);
    const bar = screen.getByRole('progressbar', { name: 'Uploading your ID card' });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(bar).toHaveAttribute('aria-valuetext', '40% done');
    expect(screen.getByText('40% done')).toBeInTheDocument();
  });

  it('announces each quarter and the end, not every step', () => {
    const { rerender } = render(<Progress label="Uploading" value={10} />);
    rerender(<Progress label="Uploading" value={20} />);
    expect(announced()).toBe('');
    rerender(<Progress label="Uploading" value={30} />);
    expect(announced()).toBe('30% done');
    rerender(<Progress label="Uploading" value={100} />);
    expect(announced()).toBe('Finished');
  });

  it('is indeterminate without a value', () => {
    render(<Progress label="Checking" />);
    expect(screen.getByRole('progressbar', { name: 'Checking' })).not.toHaveAttribute('aria-valuenow');
  });

  it('speaks Chinese', () => {
    render(
      <LocaleProvider locale="zh-CN">
        <Progress label="上传中" value={50} />
      </LocaleProvider>,
    );
    expect(screen.getByText('已完成 50%')).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    vi.useRealTimers();
    render(
      <div>
        <Progress label="Uploading" value={40} />
        <Progress label="Checking" />
        <Spinner />
      </div>,
    );
    expect(await axeViolations()).toEqual([]);
  });
});

describe('Spinner', () => {
  it('is a status that says what is happening in words', () => {
    render(<Spinner label="Checking your balance" />);
    expect(screen.getByRole('status')).toHaveTextContent('Checking your balance');
  });

  it('says "Loading" by default, in the current language', () => {
    render(
      <LocaleProvider locale="id">
        <Spinner />
      </LocaleProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Memuat');
  });
});
