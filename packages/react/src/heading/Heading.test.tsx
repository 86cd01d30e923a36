import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { Heading, headingSizes } from './Heading';

describe('Heading', () => {
  it('takes its level from `level` and its look from `size`', () => {
    render(
      <>
        <Heading level={1} size="title">
          Small top heading
        </Heading>
        <Heading level={3} size="display">
          Large sub heading
        </Heading>
      </>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Small top heading' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Large sub heading' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 }).className).not.toBe(screen.getByRole('heading', { level: 3 }).className);
  });

  it.each(headingSizes)('gives size %s its own class', (size) => {
    const { container } = render(<Heading level={2} size={size}>A</Heading>);
    const others = headingSizes
      .filter((other) => other !== size)
      .map((other) => render(<Heading level={2} size={other}>B</Heading>).container.querySelector('h2')!.className);
    expect(others).not.toContain(container.querySelector('h2')!.className);
  });

  it('has no axe violations', async () => {
    render(<Heading level={2}>Send money</Heading>);
    expect(await axeViolations()).toEqual([]);
  });
});
