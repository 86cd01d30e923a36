import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { VisuallyHidden } from './VisuallyHidden';

describe('VisuallyHidden', () => {
  it('keeps words in the accessibility tree', () => {
    render(
      <button type="button">
        Delete <VisuallyHidden>card ending 1234</VisuallyHidden>
      </button>,
    );
    expect(screen.getByRole('button', { name: 'Delete card ending 1234' })).toBeInTheDocument();
  });

  it('hides its child the same way with asChild, keeping it in the accessibility tree', () => {
    render(
      <>
        <VisuallyHidden asChild>
          <h2>Payment details</h2>
        </VisuallyHidden>
        <VisuallyHidden>amount</VisuallyHidden>
      </>,
    );
    const heading = screen.getByRole('heading', { level: 2, name: 'Payment details' });
    expect(heading.className).toBe(screen.getByText('amount').className);
  });

  it('has no axe violations', async () => {
    render(
      <p>
        Total <VisuallyHidden>amount</VisuallyHidden> 20.00
      </p>,
    );
    expect(await axeViolations()).toEqual([]);
  });
});
