import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import * as stories from './Tabs.stories';

const { Default: Statement } = composeStories(stories);

describe('Tabs', () => {
  it('shows the chosen panel, named by its tab', () => {
    render(<Statement />);
    expect(screen.getByRole('tablist', { name: 'Statement' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Money in' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Money in' })).toHaveTextContent('Pension');
  });

  it('moves with the arrow keys and wraps around', async () => {
    render(<Statement />);
    await userEvent.tab();
    expect(screen.getByRole('tab', { name: 'Money in' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Money out' })).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Water bill');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Everything' })).toHaveFocus();
  });

  it('chooses by click', async () => {
    render(<Statement />);
    await userEvent.click(screen.getByRole('tab', { name: 'Everything' }));
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Two items');
  });

  it('has no axe violations', async () => {
    render(<Statement />);
    expect(await axeViolations()).toEqual([]);
  });
});
