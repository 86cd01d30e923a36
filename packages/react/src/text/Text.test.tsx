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

  it.each([...textSizes.map((size) => ['size', size]), ...textTones.map((tone) => ['tone', tone])])(
    'gives %s %s its own class',
    (prop, value) => {
      const { container } = render(<Text {...{ [prop]: value }}>A</Text>);
      const base = render(<Text>B</Text>).container.querySelector('p')!.className;
      if (value !== 'body' && value !== 'default') expect(container.querySelector('p')!.className).not.toBe(base);
    },
  );
});
