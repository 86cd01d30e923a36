import { themeAttributes, type Mode } from '@elder-ui/tokens/contract';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarketingSlot } from '.';

/** An offer on a page whose mode is set by attribute alone, as the init script does before React runs. */
function renderOfferOnPage(mode: Mode) {
  document.documentElement.setAttribute(themeAttributes.mode, mode);
  render(
    <MarketingSlot>
      <a href="#offer">Get 5% back</a>
    </MarketingSlot>,
  );
}

describe('MarketingSlot in a real browser', () => {
  it('is not displayed under an elder theme root that React does not know about', () => {
    renderOfferOnPage('elder');
    const slot = document.querySelector('[data-eui-marketing]')!;
    expect(getComputedStyle(slot).display).toBe('none');
    expect(screen.queryByRole('link', { name: 'Get 5% back' })).toBeNull();
  });

  it('is displayed in standard mode', () => {
    renderOfferOnPage('standard');
    expect(screen.getByRole('link', { name: 'Get 5% back' })).toBeVisible();
  });
});
