import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { Heading } from '../heading';
import { Text } from '../text';
import { Inline, Stack } from './Stack';

describe('Stack and Inline', () => {
  it('render a div, or their child with asChild', () => {
    render(
      <>
        <Stack data-testid="stack">
          <span>a</span>
        </Stack>
        <Inline asChild>
          <ul data-testid="inline">
            <li>b</li>
          </ul>
        </Inline>
      </>,
    );
    expect(screen.getByTestId('stack').tagName).toBe('DIV');
    expect(screen.getByTestId('inline').tagName).toBe('UL');
    expect(screen.getByTestId('inline').className).toMatch(/\S/);
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
