import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import { Progress, Spinner } from '.';

describe('Spinner motion', () => {
  it('turns in standard mode and stands still in elder mode', () => {
    render(
      <>
        <ThemeScope mode="standard">
          <Spinner label="Standard" />
        </ThemeScope>
        <ThemeScope mode="elder">
          <Spinner label="Elder" />
        </ThemeScope>
      </>,
    );
    const [standard, elder] = [...document.querySelectorAll('[data-eui-spinner]')];
    expect(getComputedStyle(standard!).animationName).not.toBe('none');
    expect(getComputedStyle(elder!).animationName).toBe('none');
    expect(px(getComputedStyle(screen.getByText('Elder')).fontSize)).toBeGreaterThanOrEqual(20);
  });

  it('stands still under reduced motion', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    try {
      render(<Spinner />);
      expect(getComputedStyle(document.querySelector('[data-eui-spinner]')!).animationName).toBe('none');
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});

describe('Progress', () => {
  it('fills to its value and has no transition in elder mode', () => {
    render(
      <ThemeScope mode="elder" style={{ width: '20rem' }}>
        <Progress label="Uploading" value={50} />
      </ThemeScope>,
    );
    const bar = screen.getByRole('progressbar');
    const fill = bar.firstElementChild!;
    expect(fill.getBoundingClientRect().width / bar.clientWidth).toBeCloseTo(0.5, 1);
    expect(getComputedStyle(fill).transitionDuration).toBe('0s');
    expect(px(getComputedStyle(screen.getByText('50% done')).fontSize)).toBeGreaterThanOrEqual(18);
  });
});
