import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { ActionList, ListRow } from '.';

describe('ActionList and ListRow', () => {
  it('is a list of rows, each one control named by its title and described by its words', async () => {
    const onClick = vi.fn();
    render(
      <ActionList aria-label="Services">
        <ListRow icon={<svg data-testid="icon" />} title="Pay bills" description="Water, power, phone" onClick={onClick} />
        <ListRow title="Send money" href="/send" />
      </ActionList>,
    );
    expect(screen.getByRole('list', { name: 'Services' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    const row = screen.getByRole('button', { name: /^Pay bills/ });
    expect(row).toHaveTextContent('Pay billsWater, power, phone');
    expect(screen.getByTestId('icon').parentElement).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('link', { name: 'Send money' })).toHaveAttribute('href', '/send');
    await userEvent.click(screen.getByText('Water, power, phone'));
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('is pressed from the keyboard', async () => {
    const onClick = vi.fn();
    render(
      <ActionList>
        <ListRow title="Pay bills" onClick={onClick} />
      </ActionList>,
    );
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('renders a router link with asChild, keeping its content', () => {
    render(
      <ActionList>
        <ListRow asChild title="Family" description="People who can help you">
          {/* eslint-disable-next-line jsx-a11y/anchor-has-content -- ListRow puts the title and description inside it */}
          <a href="/family" />
        </ListRow>
      </ActionList>,
    );
    const link = screen.getByRole('link', { name: /Family/ });
    expect(link).toHaveAttribute('href', '/family');
    expect(link).toHaveAttribute('data-eui-target', 'row');
    expect(link).toHaveTextContent('FamilyPeople who can help you');
  });

  it('has no axe violations', async () => {
    render(
      <ActionList aria-label="Services">
        <ListRow title="Pay bills" description="Water, power, phone" />
        <ListRow title="Send money" href="/send" />
      </ActionList>,
    );
    expect(await axeViolations()).toEqual([]);
  });
});
