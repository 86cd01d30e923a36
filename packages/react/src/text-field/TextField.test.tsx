import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { TextArea, TextField, textFieldWidths } from './TextField';
import * as stories from './TextField.stories';

const { Default, WithError, Disabled } = composeStories(stories);

describe('TextField', () => {
  it('is a textbox named by its visible label, with autoComplete passed through', () => {
    render(<TextField label="Full name" autoComplete="name" name="fullName" placeholder="Li Wei" />);
    const input = screen.getByRole('textbox', { name: 'Full name' });
    expect(input).toHaveAttribute('autocomplete', 'name');
    expect(input).toHaveAttribute('name', 'fullName');
    expect(input).toHaveAttribute('type', 'text');
    expect(screen.getByText('Full name').tagName).toBe('LABEL');
  });

  it('says "required" in words and is described by its hint and error', () => {
    render(<WithError aria-describedby="extra" />);
    const input = screen.getByRole('textbox', { name: 'Phone number (required)' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby')).toMatch(/-hint .*-error extra$/);
  });

  it('takes typing and paste', async () => {
    const onChange = vi.fn();
    render(<TextField label="Account" onChange={onChange} />);
    const input = screen.getByRole('textbox');
    await userEvent.click(input);
    await userEvent.type(input, '6222');
    await userEvent.paste(' 0200 1234');
    expect(input).toHaveValue('6222 0200 1234');
    expect(onChange).toHaveBeenCalled();
  });

  it('is reached with Tab from the label order', async () => {
    render(
      <>
        <TextField label="First" />
        <TextField label="Second" />
      </>,
    );
    await userEvent.tab();
    expect(screen.getByRole('textbox', { name: 'First' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('textbox', { name: 'Second' })).toHaveFocus();
  });

  it.each(textFieldWidths)('gives the %s width its own class', (width) => {
    render(<TextField label="A" width={width} />);
    const others = textFieldWidths
      .filter((other) => other !== width)
      .map((other) => render(<TextField label="B" width={other} />).container.querySelector('input')!.className);
    expect(others).not.toContain(screen.getAllByRole('textbox')[0]!.className);
  });

  it('can be disabled', () => {
    render(<TextField label="Locked" disabled defaultValue="x" />);
    expect(screen.getByRole('textbox')).toBeDisabled();
  });

  it('puts className and style on the outer box and ref on the input', () => {
    const ref = createRef<HTMLInputElement>();
    render(<TextField label="Name" className="payee" style={{ marginBlockEnd: '2rem' }} ref={ref} />);
    const box = screen.getByText('Name').parentElement!;
    expect(box).toHaveClass('payee');
    expect(box.style.marginBlockEnd).toBe('2rem');
    expect(ref.current).toBe(screen.getByRole('textbox'));
    expect(ref.current).not.toHaveClass('payee');
    expect(ref.current!.style.marginBlockEnd).toBe('');
  });

  it.each([
    ['at rest', Default],
    ['with an error', WithError],
    ['disabled', Disabled],
  ])('has no axe violations %s', async (_state, Story) => {
    render(<Story />);
    expect(await axeViolations()).toEqual([]);
  });
});

describe('TextArea', () => {
  it('is a multi-line textbox with its label, hint and error', async () => {
    render(<TextArea label="Message" hint="What the money is for" error="Too long" />);
    const area = screen.getByRole('textbox', { name: 'Message' });
    expect(area.tagName).toBe('TEXTAREA');
    expect(area).toHaveAttribute('rows', '4');
    expect(area).toHaveAccessibleDescription('What the money is for Error: Too long');
    await userEvent.type(area, 'Rent{Enter}March');
    expect(area).toHaveValue('Rent\nMarch');
  });

  it('has no axe violations', async () => {
    render(<TextArea label="Message" hint="Optional" error="Too long" required />);
    expect(await axeViolations()).toEqual([]);
  });
});
