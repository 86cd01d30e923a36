import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ThemeScope } from '../theme';
import { VisuallyHidden } from './VisuallyHidden';

describe('VisuallyHidden in Chromium', () => {
  it('takes no room on screen in either mode', () => {
    render(
      <ThemeScope mode="elder">
        <VisuallyHidden>Only for screen readers</VisuallyHidden>
      </ThemeScope>,
    );
    const rect = screen.getByText('Only for screen readers').getBoundingClientRect();
    expect(rect.width).toBeLessThanOrEqual(1);
    expect(rect.height).toBeLessThanOrEqual(1);
  });
});
