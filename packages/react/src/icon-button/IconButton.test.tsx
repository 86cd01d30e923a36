import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { resetWarnings } from '../internal/dev';
import { ThemeScope } from '../theme';
import { IconButton, iconButtonTones } from './IconButton';

afterEach(() => {
  vi.restoreAllMocks();
  resetWarnings();
});

describe('IconButton', () => {
  it('is named by its label in both modes, the icon hidden', () => {
    render(
      <>
        <ThemeScope mode="standard">
          <IconButton label="Search" icon={<svg />} />
        </ThemeScope>
        <ThemeScope mode="elder">
          <IconButton label="Search" icon={<svg />} />
        </ThemeScope>
      </>,
    );
    const [standard, elder] = screen.getAllByRole('button', { name: 'Search' });
    expect(standard).toHaveTextContent('Search');
    expect(elder).toHaveTextContent('Search');
    expect(standard!.querySelector('svg')!.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(standard).toHaveAttribute('type', 'button');
  });

  it('is pressed with Enter and Space', async () => {
    const onClick = vi.fn();
    render(<IconButton label="Close" icon={<svg />} onClick={onClick} />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter} ');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('warns in development when the label is empty', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<IconButton label="" icon={<svg />} />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/IconButton needs a `label`/));
  });

  it('makes a missing label a type error, and a development warning at run time', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // @ts-expect-error -- label is required
    render(<IconButton icon={<svg />} />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/IconButton needs a `label`/));
  });

  it.each(iconButtonTones)('gives the %s tone its own class', (tone) => {
    const { container } = render(<IconButton label="A" icon={<svg />} tone={tone} />);
    const others = iconButtonTones
      .filter((other) => other !== tone)
      .map((other) => render(<IconButton label="B" icon={<svg />} tone={other} />).container.querySelector('button')!.className);
    expect(others).not.toContain(container.querySelector('button')!.className);
  });

  it('has no axe violations, enabled and disabled', async () => {
    render(
      <>
        <IconButton label="Search" icon={<svg />} />
        <IconButton label="Delete" icon={<svg />} disabled tone="ghost" />
      </>,
    );
    expect(await axeViolations()).toEqual([]);
  });
});
