import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { RadioGroup, RadioGroupItem, type RadioGroupProps } from './RadioGroup';

const speeds = (props: Partial<RadioGroupProps> = {}) => (
  <RadioGroup label="When should it arrive?" hint="Faster costs more" {...props}>
    <RadioGroupItem value="now" label="Now" hint="Fee 2.00" />
    <RadioGroupItem value="today" label="Later today" />
    <RadioGroupItem value="tomorrow" label="Tomorrow" />
  </RadioGroup>
);

describe('RadioGroup', () => {
  it('is a radio group named by its question, described by its hint and error', () => {
    render(speeds({ error: 'Choose when it should arrive', required: true }));
    const group = screen.getByRole('radiogroup', { name: 'When should it arrive? (required)' });
    expect(group).toHaveAccessibleDescription('Faster costs more Error: Choose when it should arrive');
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAttribute('aria-required', 'true');
    expect(screen.getByRole('radio', { name: 'Now' })).toHaveAccessibleDescription('Fee 2.00');
  });

  it('chooses by clicking anywhere on an option', async () => {
    const onValueChange = vi.fn();
    render(speeds({ onValueChange }));
    await userEvent.click(screen.getByText('Tomorrow'));
    expect(screen.getByRole('radio', { name: 'Tomorrow' })).toBeChecked();
    expect(onValueChange).toHaveBeenLastCalledWith('tomorrow');
  });

  it('moves and chooses with the arrow keys; Tab leaves the group', async () => {
    render(
      <>
        {speeds({ defaultValue: 'now' })}
        <button type="button">Next</button>
      </>,
    );
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: 'Now' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Later today' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Later today' })).toBeChecked();
    // Every direction, with real key presses in Chromium: RadioGroup.browser.test.tsx.
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
  });

  it('is native radios sharing one name, so the browser groups them', () => {
    render(speeds());
    const names = screen.getAllByRole<HTMLInputElement>('radio').map((radio) => radio.name);
    expect(names[0]).not.toBe('');
    expect(new Set(names).size).toBe(1);
  });

  it('is sent with its form, keeps it from being sent while required and unanswered, and is put back by a reset', async () => {
    const onValueChange = vi.fn();
    render(
      <form aria-label="Transfer">
        {speeds({ name: 'speed', required: true, onValueChange })}
        {speeds({ name: 'fallback', defaultValue: 'tomorrow' })}
        <button type="reset">Start again</button>
      </form>,
    );
    const form = screen.getByRole<HTMLFormElement>('form');
    expect([...new FormData(form)]).toEqual([['fallback', 'tomorrow']]);
    expect(form.checkValidity()).toBe(false);
    const [speed, fallback] = screen.getAllByRole('radiogroup');
    await userEvent.click(within(speed!).getByText('Later today'));
    await userEvent.click(within(fallback!).getByText('Now'));
    expect(form.checkValidity()).toBe(true);
    expect([...new FormData(form)]).toEqual([
      ['speed', 'today'],
      ['fallback', 'now'],
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect([...new FormData(form)]).toEqual([['fallback', 'tomorrow']]);
    expect(within(fallback!).getByRole('radio', { name: 'Tomorrow' })).toBeChecked();
    expect(within(speed!).getByRole('radio', { name: 'Later today' })).not.toBeChecked();
    // The state the group holds came back too: choosing the same answer again is a change.
    await userEvent.click(within(speed!).getByText('Later today'));
    expect(onValueChange).toHaveBeenCalledTimes(2);
  });

  it('can be disabled', () => {
    render(speeds({ disabled: true }));
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
  });

  it('has no axe violations, chosen and with an error', async () => {
    render(
      <>
        {speeds({ defaultValue: 'now' })}
        {speeds({ error: 'Choose one', required: true })}
      </>,
    );
    expect(await axeViolations()).toEqual([]);
  });
});
