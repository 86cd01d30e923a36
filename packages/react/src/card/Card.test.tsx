import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { Card, CardTitle } from '.';

describe('Card', () => {
  it('groups content under an h2 title, or the element given with asChild', () => {
    render(
      <Card asChild aria-labelledby="t">
        <section>
          <CardTitle id="t">Savings</CardTitle>
          <p>¥12,400.00</p>
        </section>
      </Card>,
    );
    expect(screen.getByRole('region', { name: 'Savings' }).tagName).toBe('SECTION');
    expect(screen.getByRole('heading', { level: 2, name: 'Savings' })).toBeInTheDocument();
  });

  it('takes another heading level with asChild', () => {
    render(
      <Card>
        <CardTitle asChild>
          <h3>Bills</h3>
        </CardTitle>
      </Card>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Bills' }).className).toMatch(/\S/);
  });

  it('has no axe violations', async () => {
    render(
      <Card>
        <CardTitle>Savings</CardTitle>
        <p>¥12,400.00</p>
      </Card>,
    );
    expect(await axeViolations()).toEqual([]);
  });
});
