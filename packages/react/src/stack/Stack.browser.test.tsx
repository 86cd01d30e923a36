import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Button } from '../button';
import { ThemeScope } from '../theme';
import { Inline } from './Stack';
import * as stories from './Stack.stories';

const inMode = (mode: 'standard' | 'elder') => composeStories(stories, { initialGlobals: { mode } });

/** The Inline that holds a story's buttons. */
const rowOf = (name: string) => screen.getByRole('button', { name }).parentElement!;

describe('Stack and Inline in Chromium', () => {
  it.each([
    ['standard', 8],
    ['elder', 12],
  ] as const)('keep adjacent targets at least the target gap apart in %s mode', (mode, gap) => {
    const { Row } = inMode(mode);
    render(<Row />);
    const [first, second] = screen.getAllByRole('button').map((button) => button.getBoundingClientRect());
    expect(second!.left - first!.right).toBeGreaterThanOrEqual(gap);
  });

  it.each([
    ['elder', 'column'],
    ['standard', 'row'],
  ] as const)('put an Inline with stackInElder into a column in elder mode only: %s mode, %s', (mode, direction) => {
    const { StackInElder } = inMode(mode);
    render(<StackInElder />);
    expect(getComputedStyle(rowOf('Continue')).flexDirection).toBe(direction);
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
    const { Vertical } = inMode('elder');
    render(<Vertical gap="lg" />);
    const gap = screen.getByText('Account').getBoundingClientRect().top - screen.getByText('Name').getBoundingClientRect().bottom;
    expect(gap).toBeCloseTo(20, 0);
  });
});
