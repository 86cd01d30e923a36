import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Button } from '../button';
import { ThemeScope } from '../theme';
import { Inline, Stack } from './Stack';

describe('Stack and Inline in Chromium', () => {
  it.each([
    ['standard', 8],
    ['elder', 12],
  ] as const)('keep adjacent targets at least the target gap apart in %s mode', (mode, gap) => {
    render(
      <ThemeScope mode={mode}>
        <Inline>
          <Button>Continue</Button>
          <Button tone="secondary">Cancel</Button>
        </Inline>
      </ThemeScope>,
    );
    const [first, second] = screen.getAllByRole('button').map((button) => button.getBoundingClientRect());
    expect(second!.left - first!.right).toBeGreaterThanOrEqual(gap);
  });

  it('puts an Inline with stackInElder into a column in elder mode only', () => {
    render(
      <>
        <ThemeScope mode="elder">
          <Inline stackInElder data-testid="elder">
            <Button>A</Button>
            <Button>B</Button>
          </Inline>
        </ThemeScope>
        <ThemeScope mode="standard">
          <Inline stackInElder data-testid="standard">
            <Button>C</Button>
            <Button>D</Button>
          </Inline>
        </ThemeScope>
      </>,
    );
    expect(getComputedStyle(screen.getByTestId('elder')).flexDirection).toBe('column');
    expect(getComputedStyle(screen.getByTestId('standard')).flexDirection).toBe('row');
  });

  it('follows the closest theme root at any depth, and keeps its alignment as a row', () => {
    render(
      <ThemeScope mode="elder">
        <ThemeScope mode="standard">
          <Inline stackInElder align="start" data-testid="standard">
            <Button>A</Button>
          </Inline>
          <ThemeScope mode="elder">
            <Inline stackInElder align="start" data-testid="elder">
              <Button>B</Button>
            </Inline>
          </ThemeScope>
        </ThemeScope>
      </ThemeScope>,
    );
    const standard = getComputedStyle(screen.getByTestId('standard'));
    expect([standard.flexDirection, standard.alignItems]).toEqual(['row', 'flex-start']);
    const elder = getComputedStyle(screen.getByTestId('elder'));
    expect([elder.flexDirection, elder.alignItems]).toEqual(['column', 'stretch']);
  });

  it('wraps an Inline rather than overflowing a narrow column', () => {
    render(
      <div style={{ width: '12rem' }}>
        <ThemeScope mode="elder">
          <Inline data-testid="row">
            <Button>Send to a saved payee</Button>
            <Button>Send to a new account</Button>
          </Inline>
        </ThemeScope>
      </div>,
    );
    const row = screen.getByTestId('row');
    expect(row.scrollWidth).toBeLessThanOrEqual(row.clientWidth);
  });

  it('spaces a Stack with the token gap', () => {
    render(
      <ThemeScope mode="elder">
        <Stack gap="lg">
          <div data-testid="a">a</div>
          <div data-testid="b">b</div>
        </Stack>
      </ThemeScope>,
    );
    const gap = screen.getByTestId('b').getBoundingClientRect().top - screen.getByTestId('a').getBoundingClientRect().bottom;
    expect(gap).toBeCloseTo(20, 0);
  });
});
