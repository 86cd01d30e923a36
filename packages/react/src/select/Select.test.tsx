import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider } from '../locale';
import { Select, SelectItem, type SelectProps } from './Select';

const banks = (props: Partial<SelectProps> = {}) => (
  <Select label="Bank" hint="The bank that holds their account" {...props}>
    <SelectItem value="boc">Bank of China</SelectItem>
    <SelectItem value="icbc">Industrial and Commercial Bank of China</SelectItem>
    <SelectItem value="ccb">China Construction Bank</SelectItem>
  </Select>
);

describe('Select', () => {
  it('is a combobox named by its visible label, showing the placeholder in words', () => {
    render(banks({ required: true }));
    const trigger = screen.getByRole('combobox', { name: 'Bank (required)' });
    expect(trigger).toHaveTextContent('Choose one');
    expect(trigger).toHaveAccessibleDescription('The bank that holds their account');
    expect(trigger).toHaveAttribute('aria-required', 'true');
  });

  it('opens and chooses with the keyboard', async () => {
    const onValueChange = vi.fn();
    render(banks({ onValueChange }));
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onValueChange).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByRole('combobox')).toHaveFocus();
  });

  it('marks the chosen option with a check mark', async () => {
    render(banks({ defaultValue: 'ccb' }));
    expect(screen.getByRole('combobox')).toHaveTextContent('China Construction Bank');
    await userEvent.click(screen.getByRole('combobox'));
    const chosen = await screen.findByRole('option', { name: 'China Construction Bank' });
    expect(chosen).toHaveAttribute('aria-selected', 'true');
    expect(chosen.querySelector('svg')).not.toBeNull();
  });

  it('carries its error', () => {
    render(banks({ error: 'Choose their bank' }));
    const trigger = screen.getByRole('combobox');
    expect(trigger).toHaveAttribute('aria-invalid', 'true');
    expect(trigger).toHaveAccessibleDescription('The bank that holds their account Error: Choose their bank');
  });

  it('speaks the locale', () => {
    render(
      <LocaleProvider locale="id">
        <Select label="Bank">
          <SelectItem value="bca">BCA</SelectItem>
        </Select>
      </LocaleProvider>,
    );
    expect(screen.getByRole('combobox')).toHaveTextContent('Pilih salah satu');
  });

  it('can be disabled', () => {
    render(banks({ disabled: true }));
    expect(screen.getByRole('combobox')).toBeDisabled();
  });

  it('takes the trigger out of the tab order while the page behind the open list is hidden', async () => {
    const onOpenChange = vi.fn();
    render(banks({ onOpenChange }));
    const trigger = screen.getByRole('combobox');
    await userEvent.click(trigger);
    await screen.findByRole('listbox');
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(trigger.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(trigger).toHaveAttribute('tabindex', '-1');
    await userEvent.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(trigger).not.toHaveAttribute('tabindex');
    expect(trigger).toHaveFocus();
  });

  it('follows a controlled open prop', async () => {
    const { rerender } = render(banks({ open: true }));
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    rerender(banks({ open: false }));
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByRole('combobox')).not.toHaveAttribute('tabindex');
  });

  it('has no axe violations, closed with an error', async () => {
    render(banks({ error: 'Choose their bank', required: true }));
    expect(await axeViolations()).toEqual([]);
  });
});
