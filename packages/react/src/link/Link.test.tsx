import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider } from '../locale';
import { VisuallyHidden } from '../visually-hidden';
import { Link } from './Link';

describe('Link', () => {
  it('is a link named by its words', () => {
    render(<Link href="/help">Get help</Link>);
    expect(screen.getByRole('link', { name: 'Get help' })).toHaveAttribute('href', '/help');
  });

  it('says in words that an external link leaves the site, in the locale', () => {
    render(
      <LocaleProvider locale="zh-CN">
        <Link href="https://example.org" external>
          社保查询
        </Link>
      </LocaleProvider>,
    );
    const link = screen.getByRole('link', { name: '社保查询 （打开其他网站）' });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).not.toHaveAttribute('target');
    expect(link.querySelector('[aria-hidden="true"] svg')).not.toBeNull();
  });

  it('follows on Enter', async () => {
    const onClick = vi.fn((event: Event) => event.preventDefault());
    render(
      <Link href="/x" onClick={(event) => onClick(event.nativeEvent)}>
        Go
      </Link>,
    );
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('renders a router link through asChild, keeping the look and the external words', () => {
    render(
      <>
        <Link asChild external>
          <a href="https://example.org/app">Pension app</a>
        </Link>
        <Link href="/help">Get help</Link>
      </>,
    );
    const app = screen.getByRole('link', { name: 'Pension app (opens another website)' });
    expect(app).toHaveAttribute('rel', 'noopener noreferrer');
    expect(app.className).toBe(screen.getByRole('link', { name: 'Get help' }).className);
  });

  it('has no axe violations', async () => {
    render(
      <p>
        Read the <Link href="/rules">rules</Link> or <Link href="https://example.org" external>the bank site</Link>
        <VisuallyHidden> before you pay</VisuallyHidden>.
      </p>,
    );
    expect(await axeViolations()).toEqual([]);
  });
});
