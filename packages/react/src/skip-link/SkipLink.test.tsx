import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider } from '../locale';
import { SkipLink } from '.';

function Page() {
  return (
    <>
      <SkipLink />
      <nav aria-label="Site">
        <a href="/a">Home</a>
      </nav>
      <main id="main">
        <h1>Your accounts</h1>
      </main>
    </>
  );
}

describe('SkipLink', () => {
  it('is the first stop and moves focus to the main content', async () => {
    render(<Page />);
    await userEvent.tab();
    const link = screen.getByRole('link', { name: 'Skip to main content' });
    expect(link).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('speaks Chinese', () => {
    render(
      <LocaleProvider locale="zh-CN">
        <SkipLink />
      </LocaleProvider>,
    );
    expect(screen.getByRole('link', { name: '跳到主要内容' })).toHaveAttribute('href', '#main');
  });

  it('has no axe violations', async () => {
    render(<Page />);
    expect(await axeViolations()).toEqual([]);
  });
});
