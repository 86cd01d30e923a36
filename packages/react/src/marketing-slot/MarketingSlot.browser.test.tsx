import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarketingSlot } from '.';

describe('MarketingSlot in a real browser', () => {
  it('is not displayed under an elder theme root that React does not know about', () => {
    document.documentElement.setAttribute('data-eui-mode', 'elder');
    render(
      <MarketingSlot>
        <a href="#offer">Get 5% back</a>
      </MarketingSlot>,
    );
    const slot = document.querySelector('[data-eui-marketing]')!;
    expect(getComputedStyle(slot).display).toBe('none');
    expect(screen.queryByRole('link', { name: 'Get 5% back' })).toBeNull();
  });

  it('is displayed in standard mode', () => {
    document.documentElement.setAttribute('data-eui-mode', 'standard');
    render(
      <MarketingSlot>
        <a href="#offer">Get 5% back</a>
      </MarketingSlot>,
    );
    expect(screen.getByRole('link', { name: 'Get 5% back' })).toBeVisible();
  });
});
