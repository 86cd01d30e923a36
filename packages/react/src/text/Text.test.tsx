import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Text, textSizes, textTones } from './Text';

describe('Text', () => {
  it('is a paragraph by default and a span on request', () => {
    render(
      <>
        <Text>Paragraph</Text>
        <Text as="span">Inline</Text>
      </>,
    );
    expect(screen.getByText('Paragraph').tagName).toBe('P');
    expect(screen.getByText('Inline').tagName).toBe('SPAN');
  });

  it.each([
    ['size', textSizes],
    ['tone', textTones],
  ] as const)('gives each %s its own class', (prop, values) => {
    render(
      <>
        {values.map((value) => (
          <Text key={value} {...{ [prop]: value }}>
            {value}
          </Text>
        ))}
      </>,
    );
    const classes = values.map((value) => screen.getByText(value).className);
    expect(new Set(classes).size).toBe(values.length);
  });

  it('renders its child with asChild, with the same look', () => {
    render(
      <>
        <Text size="small">Fee: none</Text>
        <Text asChild size="small">
          <li>Arrives today</li>
        </Text>
      </>,
    );
    const item = screen.getByText('Arrives today');
    expect(item.tagName).toBe('LI');
    expect(item.className).toBe(screen.getByText('Fee: none').className);
  });
});
