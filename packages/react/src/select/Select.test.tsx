import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { resetWarnings } from '../internal/dev';
import { LocaleProvider } from '../locale';
import { Select, SelectItem } from './Select';
import * as stories from './Select.stories';

const { Default, Chosen, WithError, Disabled, Chinese, InAForm } = composeStories(stories);

afterEach(() => vi.restoreAllMocks());

const bank = () => screen.getByRole<HTMLSelectElement>('combobox', { name: /^Their bank/ });

describe('Select', () => {
  it('is a combobox named by its visible label, showing the placeholder in words', () => {
    render(<Default required />);
    const select = screen.getByRole('combobox', { name: 'Their bank (required)' });
    expect(select.tagName).toBe('SELECT');
    expect(select).toHaveDisplayValue('Choose one');
    expect(select).toHaveAccessibleDescription('The bank that holds their account');
    expect(select).toHaveAttribute('aria-required', 'true');
    expect(select).toBeRequired();
  });

  it('chooses with the keyboard, keeping focus on the select, and Tab moves on', async () => {
    const onValueChange = vi.fn();
    render(
      <>
        <Default onValueChange={onValueChange} />
        <button type="button">Next</button>
      </>,
    );
    await userEvent.tab();
    expect(bank()).toHaveFocus();
    await userEvent.selectOptions(bank(), 'China Construction Bank');
    expect(onValueChange).toHaveBeenCalledTimes(1);
    expect(onValueChange).toHaveBeenCalledWith('ccb');
    expect(bank()).toHaveDisplayValue('China Construction Bank');
    expect(bank()).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
  });

  it('marks the chosen option as selected', () => {
    render(<Chosen />);
    expect(bank()).toHaveDisplayValue('China Construction Bank');
    expect(screen.getByRole('option', { name: 'China Construction Bank', selected: true })).toBeInTheDocument();
    expect(screen.getAllByRole('option', { selected: true })).toHaveLength(1);
  });

  it('shows the placeholder as a first option that cannot be chosen', () => {
    render(<Chinese />);
    const placeholder = screen.getByRole('option', { name: '请选择' });
    expect(placeholder).toHaveValue('');
    expect(placeholder).toBeDisabled();
    expect(screen.getByRole('combobox')).toHaveDisplayValue('请选择');
  });

  it('carries its error', () => {
    render(<WithError />);
    const select = bank();
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription('The bank that holds their account Error: Choose the bank of the person you are paying');
  });

  it('speaks the locale', () => {
    render(
      <LocaleProvider locale="id">
        <Select label="Bank">
          <SelectItem value="bca">BCA</SelectItem>
        </Select>
      </LocaleProvider>,
    );
    expect(screen.getByRole('combobox')).toHaveDisplayValue('Pilih salah satu');
  });

  it('can be disabled', () => {
    render(<Disabled />);
    expect(bank()).toBeDisabled();
  });

  it('passes its own props to the <select> and calls onChange as well as onValueChange', async () => {
    const onChange = vi.fn();
    const onValueChange = vi.fn();
    render(<Default autoComplete="off" data-testid="bank" onChange={onChange} onValueChange={onValueChange} />);
    expect(screen.getByTestId('bank')).toBe(bank());
    expect(bank()).toHaveAttribute('autocomplete', 'off');
    await userEvent.selectOptions(bank(), 'boc');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onValueChange).toHaveBeenCalledWith('boc');
  });

  it('follows a controlled value and reports the user’s choice', async () => {
    const onValueChange = vi.fn();
    function Controlled() {
      const [value, setValue] = useState('boc');
      return (
        <>
          <Default
            value={value}
            onValueChange={(next) => {
              onValueChange(next);
              setValue(next);
            }}
          />
          <button type="button" onClick={() => setValue('')}>
            Clear
          </button>
        </>
      );
    }
    render(<Controlled />);
    expect(bank()).toHaveDisplayValue('Bank of China');
    await userEvent.selectOptions(bank(), 'cmb');
    expect(onValueChange).toHaveBeenCalledWith('cmb');
    expect(bank()).toHaveDisplayValue('China Merchants Bank');
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(bank()).toHaveDisplayValue('Choose one');
  });

  it('keeps a controlled value the parent does not change', async () => {
    const onValueChange = vi.fn();
    render(<Default value="boc" onValueChange={onValueChange} />);
    await userEvent.selectOptions(bank(), 'ccb');
    expect(onValueChange).toHaveBeenCalledWith('ccb');
    expect(bank()).toHaveDisplayValue('Bank of China');
  });

  it('warns that open, defaultOpen and onOpenChange are no longer taken, and keeps them off the element', () => {
    resetWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const removed = { open: true, onOpenChange: vi.fn() } as object;
    render(<Default {...removed} />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/Select no longer takes `open`, `defaultOpen` or `onOpenChange`/);
    expect(bank()).not.toHaveAttribute('open');
  });

  it('has no axe violations, closed with an error', async () => {
    render(<WithError />);
    expect(await axeViolations()).toEqual([]);
  });
});

describe('Select in a form', () => {
  const form = () => document.querySelector('form')!;

  it('is sent under its name with the chosen value', async () => {
    render(<InAForm />);
    expect(new FormData(form()).get('bank')).toBe('');
    await userEvent.selectOptions(bank(), 'icbc');
    expect(new FormData(form()).get('bank')).toBe('icbc');
  });

  it('is not valid while the placeholder shows and it is required', async () => {
    render(<InAForm />);
    expect(bank().validity.valueMissing).toBe(true);
    expect(form().checkValidity()).toBe(false);
    await userEvent.selectOptions(bank(), 'psbc');
    expect(bank().validity.valueMissing).toBe(false);
    expect(form().checkValidity()).toBe(true);
  });

  it('goes back to its defaultValue when the form is reset', async () => {
    render(<InAForm defaultValue="abc" />);
    await userEvent.selectOptions(bank(), 'bocom');
    expect(bank()).toHaveDisplayValue('Bank of Communications');
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(bank()).toHaveDisplayValue('Agricultural Bank of China');
    expect(new FormData(form()).get('bank')).toBe('abc');
  });

  it('goes back to the placeholder on reset when nothing was chosen at first', async () => {
    render(<InAForm />);
    await userEvent.selectOptions(bank(), 'bocom');
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(bank()).toHaveDisplayValue('Choose one');
  });

  it('belongs to the form its form attribute names, wherever it sits', () => {
    render(
      <>
        <form id="payment" aria-label="Payment" />
        <Default name="bank" form="payment" defaultValue="cmb" />
      </>,
    );
    expect(new FormData(document.getElementById('payment') as HTMLFormElement).get('bank')).toBe('cmb');
  });
});
