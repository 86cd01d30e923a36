import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { Heading } from '../heading';
import { Text } from '../text';
import { Inline, Stack } from './Stack';

describe('Stack and Inline', () => {
  it('render a div, or their child with asChild, with the same layout', () => {
    render(
      <>
        <Stack data-testid="stack">
          <span>a</span>
        </Stack>
        <Inline data-testid="row">
          <span>b</span>
        </Inline>
        <Inline asChild>
          <ul data-testid="inline">
            <li>c</li>
          </ul>
        </Inline>
      </>,
    );
    expect(screen.getByTestId('stack').tagName).toBe('DIV');
    expect(screen.getByTestId('inline').tagName).toBe('UL');
    expect(screen.getByTestId('inline').className).toBe(screen.getByTestId('row').className);
  });

  it('pass their ref to the element', () => {
    let node: HTMLElement | null = null;
    render(<Stack ref={(element) => void (node = element)} data-testid="stack" />);
    expect(node).toBe(screen.getByTestId('stack'));
  });

  it('have no axe violations', async () => {
    render(
      <Stack>
        <Heading level={2}>Title</Heading>
        <Text>Body</Text>
      </Stack>,
    );
    expect(await axeViolations()).toEqual([]);
  });
});
