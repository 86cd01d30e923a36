import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { resetErrors } from '../internal/dev';
import { SummaryList, SummaryListRow } from './SummaryList';
import * as stories from './SummaryList.stories';

const { Transfer, Chinese, Indonesian, OwnWords } = composeStories(stories);

afterEach(() => {
  vi.restoreAllMocks();
  resetErrors();
});

describe('SummaryList', () => {
  it('is a description list: each key is a term, each answer its definition', () => {
    render(<Transfer />);
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(['Payee', 'Amount', 'Arrives', 'Fee']);
    const amount = screen.getAllByRole('definition').find((definition) => definition.textContent === '¥1,250.00');
    expect(amount).toBeDefined();
  });

  it('names each change link after its row, so five links are not five "Change"s', () => {
    render(<Transfer />);
    const names = screen.getAllByRole('link').map((link) => link.textContent);
    expect(names).toEqual(['Change Payee', 'Change Amount', 'Change Arrives']);
    expect(screen.getByRole('link', { name: 'Change Amount' })).toHaveAttribute('href', '#amount');
  });

  it('shows only the word "Change"; the key is for screen readers', () => {
    render(<Transfer />);
    const link = screen.getByRole('link', { name: 'Change Payee' });
    const hidden = within(link).getByText('Payee');
    expect(hidden).not.toBe(link);
    expect(link.firstChild?.textContent).toBe('Change');
  });

  it('says Change in the reader’s language', () => {
    render(<Chinese />);
    expect(screen.getByRole('link', { name: '修改 收款人' })).toBeInTheDocument();
  });

  it('keeps a router link as the element, with its own words and the key after them', () => {
    render(<OwnWords />);
    const link = screen.getByRole('link', { name: 'Use another number Phone number' });
    expect(link.tagName).toBe('A');
    expect(link).toHaveAttribute('href', '#phone');
  });

  it('leaves out the action cell for a row without an action', () => {
    render(<Transfer />);
    const fee = screen.getByText('Fee').parentElement!;
    expect(within(fee).queryByRole('link')).toBeNull();
    expect(within(fee).getAllByRole('definition')).toHaveLength(1);
  });

  it('is a development error when a row has no key', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <SummaryList>
        <SummaryListRow term="">Li Na</SummaryListRow>
      </SummaryList>,
    );
    expect(error).toHaveBeenCalledWith(expect.stringContaining('needs a `term`'));
  });

  it.each([
    ['English', Transfer],
    ['Chinese', Chinese],
    ['Indonesian', Indonesian],
  ])('has no axe violations (%s)', async (_name, Story) => {
    render(<Story />);
    expect(await axeViolations()).toEqual([]);
  });
});
