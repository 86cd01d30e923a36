import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ThemeProvider, ThemeScope } from '../theme';
import { MarketingSlot } from '.';

const Offer = () => (
  <MarketingSlot>
    <p>Get 5% back on your next top-up!</p>
  </MarketingSlot>
);

describe('MarketingSlot', () => {
  it('shows its content in standard mode', () => {
    render(<Offer />);
    expect(screen.getByText('Get 5% back on your next top-up!')).toBeInTheDocument();
  });

  it('renders nothing inside an elder-mode scope', () => {
    render(
      <ThemeScope mode="elder">
        <Offer />
      </ThemeScope>,
    );
    expect(screen.queryByText(/5% back/)).toBeNull();
    expect(document.querySelector('[data-eui-marketing]')).toBeNull();
  });

  it('renders nothing when the page is in elder mode', () => {
    render(
      <ThemeProvider storage={null} mode="elder">
        <Offer />
      </ThemeProvider>,
    );
    expect(screen.queryByText(/5% back/)).toBeNull();
  });

  it('follows the nearest scope: a standard preview on an elder page shows it', () => {
    render(
      <ThemeProvider storage={null} mode="elder">
        <ThemeScope mode="standard">
          <Offer />
        </ThemeScope>
      </ThemeProvider>,
    );
    expect(screen.getByText(/5% back/)).toBeInTheDocument();
  });
});
