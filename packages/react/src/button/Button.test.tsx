import { primaryTarget, targetAttribute } from '@elder-ui/tokens/contract';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider } from '../locale';
import { Button, buttonTones } from './Button';

afterEach(() => {
  vi.useRealTimers();
});

describe('Button', () => {
  it('is a button named by its words, of type "button" unless told otherwise', () => {
    render(<Button>Pay now</Button>);
    const button = screen.getByRole('button', { name: 'Pay now' });
    expect(button).toHaveAttribute('type', 'button');
  });

  it('can submit a form', async () => {
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
        <Button type="submit">Send</Button>
      </form>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it.each(buttonTones)('gives the %s tone its own class', (tone) => {
    render(<Button tone={tone}>Go</Button>);
    const others = buttonTones.filter((other) => other !== tone).map((other) => {
      const { container } = render(<Button tone={other}>Go</Button>);
      return container.querySelector('button')!.className;
    });
    expect(others).not.toContain(screen.getAllByRole('button')[0]!.className);
  });

  it('is pressed with Enter and Space', async () => {
    const onClick = vi.fn();
    render(<Button onClick={onClick}>Pay now</Button>);
    await userEvent.tab();
    expect(screen.getByRole('button')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('hides its icon from screen readers', () => {
    render(<Button icon={<svg data-testid="glyph" />}>Add payee</Button>);
    expect(screen.getByTestId('glyph').parentElement).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('button')).toHaveAccessibleName('Add payee');
  });

  it('while loading keeps its name, ignores presses and says "Loading"', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const onClick = vi.fn();
    const { rerender } = render(<Button onClick={onClick}>Pay now</Button>);
    rerender(
      <Button onClick={onClick} loading>
        Pay now
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Pay now' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('data-loading');
    expect(button).toBeEnabled();
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(150));
    expect(document.querySelector('[data-eui-announcer]')).toHaveTextContent('Loading');
  });

  it('says "Loading" in the current language', () => {
    vi.useFakeTimers();
    const { rerender } = render(
      <LocaleProvider locale="zh-CN">
        <Button>付款</Button>
      </LocaleProvider>,
    );
    rerender(
      <LocaleProvider locale="zh-CN">
        <Button loading>付款</Button>
      </LocaleProvider>,
    );
    act(() => vi.advanceTimersByTime(150));
    expect(document.querySelector('[data-eui-announcer]')).toHaveTextContent('加载中');
  });

  it('does nothing when disabled', async () => {
    const onClick = vi.fn();
    render(
      <Button disabled onClick={onClick}>
        Pay now
      </Button>,
    );
    await userEvent.click(screen.getByRole('button'));
    expect(onClick).not.toHaveBeenCalled();
    expect(screen.getByRole('button')).toBeDisabled();
  });

  it('renders its child instead with asChild, keeping the look', () => {
    render(
      <>
        <Button asChild tone="secondary" icon={<svg />}>
          <a href="/help">Get help</a>
        </Button>
        <Button tone="secondary">Cancel</Button>
      </>,
    );
    const link = screen.getByRole('link', { name: 'Get help' });
    expect(link).toHaveAttribute('href', '/help');
    expect(link).not.toHaveAttribute('type');
    expect(link.className).toBe(screen.getByRole('button', { name: 'Cancel' }).className);
    expect(link.querySelector('[aria-hidden="true"] svg')).not.toBeNull();
  });

  it('marks a primary button as a primary target, which the elder rules hold to 60 px', () => {
    render(
      <>
        <Button>Pay now</Button>
        <Button tone="secondary">Cancel</Button>
        <Button tone="danger">Delete payee</Button>
        <Button asChild>
          <a href="/send">Send money</a>
        </Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Pay now' })).toHaveAttribute(targetAttribute, primaryTarget);
    expect(screen.getByRole('link', { name: 'Send money' })).toHaveAttribute(targetAttribute, primaryTarget);
    expect(screen.getByRole('button', { name: 'Cancel' })).not.toHaveAttribute(targetAttribute);
    expect(screen.getByRole('button', { name: 'Delete payee' })).not.toHaveAttribute(targetAttribute);
  });

  it("keeps a caller's own target mark", () => {
    render(
      <>
        <Button data-eui-target="row">Pay bills</Button>
        <Button tone="secondary" data-eui-target={primaryTarget}>
          Continue
        </Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Pay bills' })).toHaveAttribute(targetAttribute, 'row');
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveAttribute(targetAttribute, primaryTarget);
  });

  it('passes its ref and native props through', () => {
    let node: HTMLButtonElement | null = null;
    render(
      <Button ref={(element) => void (node = element)} aria-describedby="hint" data-test="x">
        Go
      </Button>,
    );
    expect(node).toBe(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveAttribute('aria-describedby', 'hint');
  });

  it('has no axe violations at rest, loading, disabled or as a link', async () => {
    render(
      <div>
        <Button>Pay now</Button>
        <Button loading>Saving</Button>
        <Button disabled>Unavailable</Button>
        <Button asChild>
          <a href="/x">Link</a>
        </Button>
      </div>,
    );
    expect(await axeViolations()).toEqual([]);
  });
});
