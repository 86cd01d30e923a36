import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

  it('shows a check mark when checked, not colour alone', async () => {
    render(<Checkbox label="Agree" defaultChecked />);
    expect(screen.getByRole('checkbox').querySelector('svg')).not.toBeNull();
  });

  it('carries its error and hint, and "required" in words', () => {
    render(<Checkbox label="I agree" hint="You can change this later" error="Tick to agree" required />);
    const box = screen.getByRole('checkbox', { name: 'I agree (required)' });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAttribute('aria-required', 'true');
    expect(box).toHaveAccessibleDescription('Error: Tick to agree You can change this later');
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

  it('disables every box', () => {
    render(group({ disabled: true }));
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
  });

  it('has no axe violations with an error', async () => {
    render(group({ error: 'Choose at least one', required: true }));
    expect(await axeViolations()).toEqual([]);
  });
});
