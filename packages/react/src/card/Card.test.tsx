import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { Card, CardTitle } from '.';
import * as stories from './Card.stories';

const { Balance } = composeStories(stories);

describe('Card', () => {
  it('groups content under an h2 title, or the element given with asChild', () => {
    render(<Balance />);
    expect(screen.getByRole('region', { name: 'Savings account ····8890' }).tagName).toBe('SECTION');
    expect(screen.getByRole('heading', { level: 2, name: 'Savings account ····8890' })).toBeInTheDocument();
  });

  it('takes another heading level with asChild, keeping the look', () => {
    render(
      <Card>
        <CardTitle>Savings</CardTitle>
        <CardTitle asChild>
          <h3>Bills</h3>
        </CardTitle>
      </Card>,
    );
    const bills = screen.getByRole('heading', { level: 3, name: 'Bills' });
    expect(bills.className).toBe(screen.getByRole('heading', { level: 2, name: 'Savings' }).className);
  });

  it('has no axe violations', async () => {
    render(<Balance />);
    expect(await axeViolations()).toEqual([]);
  });
});
