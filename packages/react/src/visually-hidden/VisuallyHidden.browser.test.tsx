import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ThemeScope } from '../theme';
import { VisuallyHidden } from './VisuallyHidden';

describe('VisuallyHidden in Chromium', () => {
  it('takes no room on screen, as itself or as its child with asChild', () => {
    render(
      <ThemeScope mode="elder">
        <VisuallyHidden>Only for screen readers</VisuallyHidden>
        <VisuallyHidden asChild>
          <h2>Payment details</h2>
        </VisuallyHidden>
      </ThemeScope>,
    );
    for (const hidden of [screen.getByText('Only for screen readers'), screen.getByRole('heading', { name: 'Payment details' })]) {
      const rect = hidden.getBoundingClientRect();
      expect(rect.width).toBeLessThanOrEqual(1);
      expect(rect.height).toBeLessThanOrEqual(1);
    }
  });
});
