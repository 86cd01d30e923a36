import { render, screen } from '@testing-library/react';
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
    // That the arrow also chooses is checked in Chromium (RadioGroup.browser.test.tsx): Radix does it on focus, which jsdom does not fire in order.
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
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
