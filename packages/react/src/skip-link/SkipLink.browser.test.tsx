import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ThemeScope } from '../theme';
import { SkipLink } from '.';

describe('SkipLink in a real browser', () => {
  it('is out of sight until focused, then at least 60 px high in elder mode, and moves focus', async () => {
    render(
      <ThemeScope mode="elder">
        <SkipLink href="#content" />
        <div id="content">Accounts</div>
      </ThemeScope>,
    );
    const link = screen.getByRole('link', { name: 'Skip to main content' });
    expect(link.getBoundingClientRect().height).toBeLessThanOrEqual(1);
    await userEvent.keyboard('{Tab}');
    expect(link).toHaveFocus();
    expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
    expect(getComputedStyle(link).outlineStyle).toBe('solid');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Accounts')).toHaveFocus();
  });
});
