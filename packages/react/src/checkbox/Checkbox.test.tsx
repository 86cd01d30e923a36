import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { Checkbox, CheckboxGroup } from './Checkbox';

describe('Checkbox', () => {
  it('is a checkbox named by its label, toggled by clicking anywhere on the label', async () => {
    const onCheckedChange = vi.fn();
    render(<Checkbox label="I have checked the details" onCheckedChange={onCheckedChange} />);
    const box = screen.getByRole('checkbox', { name: 'I have checked the details' });
    expect(box).not.toBeChecked();
    await userEvent.click(screen.getByText('I have checked the details'));
    expect(box).toBeChecked();
    expect(onCheckedChange).toHaveBeenLastCalledWith(true);
  });

  it('toggles with Space from the keyboard', async () => {
    render(<Checkbox label="Remember me" />);
    await userEvent.tab();
    const box = screen.getByRole('checkbox');
    expect(box).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(box).toBeChecked();
    await userEvent.keyboard(' ');
    expect(box).not.toBeChecked();
  });

  // The check mark and the dash themselves are measured in Chromium (Checkbox.browser.test.tsx).
  it('says ticked, not ticked and partly ticked (the dash) to assistive technology', async () => {
    const onCheckedChange = vi.fn();
    render(
      <>
        <Checkbox label="Agree" defaultChecked />
        <Checkbox label="All accounts" defaultChecked="indeterminate" onCheckedChange={onCheckedChange} />
      </>,
    );
    expect(screen.getByRole('checkbox', { name: 'Agree' })).toBeChecked();
    const all = screen.getByRole('checkbox', { name: 'All accounts' });
    expect(all).toBePartiallyChecked();
    await userEvent.click(all);
    expect(all).toBeChecked();
    expect(all).not.toBePartiallyChecked();
    expect(onCheckedChange).toHaveBeenLastCalledWith(true);
  });

  it('follows a controlled state, the dash included', () => {
    const { rerender } = render(<Checkbox label="All accounts" checked="indeterminate" />);
    expect(screen.getByRole('checkbox')).toBePartiallyChecked();
    rerender(<Checkbox label="All accounts" checked />);
    expect(screen.getByRole('checkbox')).toBeChecked();
    expect(screen.getByRole('checkbox')).not.toBePartiallyChecked();
  });

  it('carries its error and hint, and "required" in words', () => {
    render(<Checkbox label="I agree" hint="You can change this later" error="Tick to agree" required />);
    const box = screen.getByRole('checkbox', { name: 'I agree (required)' });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toBeRequired();
    expect(box).toHaveAccessibleDescription('Error: Tick to agree You can change this later');
  });

  it('is sent with its form ("on" unless given a value) and put back by a reset', async () => {
    const onNewsChange = vi.fn();
    render(
      <form aria-label="Consent">
        <Checkbox label="Terms" name="terms" />
        <Checkbox label="News" name="news" value="weekly" defaultChecked onCheckedChange={onNewsChange} />
        <Checkbox label="All accounts" name="all" defaultChecked="indeterminate" />
        <button type="reset">Start again</button>
      </form>,
    );
    const form = screen.getByRole<HTMLFormElement>('form');
    expect([...new FormData(form)]).toEqual([['news', 'weekly']]);
    for (const label of ['Terms', 'News', 'All accounts']) await userEvent.click(screen.getByText(label));
    expect([...new FormData(form)]).toEqual([
      ['terms', 'on'],
      ['all', 'on'],
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('checkbox', { name: 'Terms' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'News' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'All accounts' })).toBePartiallyChecked();
    expect([...new FormData(form)]).toEqual([['news', 'weekly']]);
    // The state the component holds came back too, and the app heard of it.
    expect(onNewsChange).toHaveBeenLastCalledWith(true);
  });

  it('keeps its form from being sent until a required box is ticked', async () => {
    render(
      <form aria-label="Consent">
        <Checkbox label="I agree" name="agree" required />
      </form>,
    );
    const form = screen.getByRole<HTMLFormElement>('form');
    expect(form.checkValidity()).toBe(false);
    await userEvent.click(screen.getByText('I agree'));
    expect(form.checkValidity()).toBe(true);
  });

  it('gives its ref the input', () => {
    const ref = createRef<HTMLInputElement>();
    render(<Checkbox label="Agree" ref={ref} />);
    expect(ref.current).toBe(screen.getByRole('checkbox'));
  });

  it('does nothing when disabled', async () => {
    render(<Checkbox label="Locked" disabled />);
    await userEvent.click(screen.getByText('Locked'));
    expect(screen.getByRole('checkbox')).not.toBeChecked();
  });

  it('has no axe violations, checked, with an error and disabled', async () => {
    render(
      <>
        <Checkbox label="A" defaultChecked />
        <Checkbox label="B" error="Tick B" required />
        <Checkbox label="C" disabled />
        <Checkbox label="D" checked="indeterminate" />
      </>,
    );
    expect(await axeViolations()).toEqual([]);
  });
});

describe('CheckboxGroup', () => {
  const group = (props: Partial<Parameters<typeof CheckboxGroup>[0]> = {}) => (
    <CheckboxGroup label="Tell me by" hint="Choose all that apply" {...props}>
      <Checkbox value="sms" label="Text message" />
      <Checkbox value="call" label="Phone call" />
      <Checkbox value="mail" label="Letter" />
    </CheckboxGroup>
  );

  it('is a group named by its question and described by its hint and error', () => {
    render(group({ error: 'Choose at least one', required: true }));
    const fieldset = screen.getByRole('group', { name: 'Tell me by (required)' });
    expect(fieldset).toHaveAccessibleDescription('Choose all that apply Error: Choose at least one');
    for (const box of screen.getAllByRole('checkbox')) expect(box).toHaveAttribute('aria-invalid', 'true');
  });

  it('collects the chosen values in order of choosing', async () => {
    const onValueChange = vi.fn();
    render(group({ onValueChange, defaultValue: ['mail'] }));
    expect(screen.getByRole('checkbox', { name: 'Letter' })).toBeChecked();
    await userEvent.click(screen.getByText('Text message'));
    expect(onValueChange).toHaveBeenLastCalledWith(['mail', 'sms']);
    await userEvent.click(screen.getByText('Letter'));
    expect(onValueChange).toHaveBeenLastCalledWith(['sms']);
  });

  it('moves between boxes with Tab and ticks with Space', async () => {
    const onValueChange = vi.fn();
    render(group({ onValueChange }));
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('checkbox', { name: 'Phone call' })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(onValueChange).toHaveBeenLastCalledWith(['call']);
  });

  it('follows a controlled value', () => {
    render(group({ value: ['call'] }));
    expect(screen.getByRole('checkbox', { name: 'Phone call' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Letter' })).not.toBeChecked();
  });

  it('sends each ticked box under its name and is put back by a reset', async () => {
    const onValueChange = vi.fn();
    render(
      <form aria-label="Contact">
        {group({ name: 'notify', defaultValue: ['mail'], onValueChange })}
        <button type="reset">Start again</button>
      </form>,
    );
    const form = screen.getByRole<HTMLFormElement>('form');
    expect([...new FormData(form)]).toEqual([['notify', 'mail']]);
    await userEvent.click(screen.getByText('Text message'));
    await userEvent.click(screen.getByText('Phone call'));
    expect([...new FormData(form)]).toEqual([
      ['notify', 'sms'],
      ['notify', 'call'],
      ['notify', 'mail'],
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect([...new FormData(form)]).toEqual([['notify', 'mail']]);
    expect(screen.getByRole('checkbox', { name: 'Text message' })).not.toBeChecked();
    expect(onValueChange).toHaveBeenLastCalledWith(['mail']);
  });

  it('disables every box', () => {
    render(group({ disabled: true }));
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
  });

  it('has no axe violations with an error', async () => {
    render(group({ error: 'Choose at least one', required: true }));
    expect(await axeViolations()).toEqual([]);
  });
});
