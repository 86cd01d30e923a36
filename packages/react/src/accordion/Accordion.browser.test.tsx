import { allThemes, themeName } from '@elder-ui/tokens';
import { render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { px } from '../../../../test/support/measure';
import { Card, CardTitle } from '../card';
import { ThemeScope } from '../theme';
import { Accordion, AccordionContent, AccordionItem, AccordionTrigger } from '.';

const measured: string[] = [];
afterAll(() => console.info(`Measured accordion triggers (h, font):\n${measured.join('\n')}`));

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('Accordion in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`has full-width triggers of at least ${elder ? 60 : 44} px and opens from the keyboard`, async () => {
    render(
      <ThemeScope {...theme} style={{ width: '30rem' }}>
        <Accordion type="single" collapsible>
          <AccordionItem value="fee">
            <AccordionTrigger>Is there a fee?</AccordionTrigger>
            <AccordionContent>No.</AccordionContent>
          </AccordionItem>
        </Accordion>
      </ThemeScope>,
    );
    const trigger = screen.getByRole('button', { name: 'Is there a fee?' });
    const box = trigger.getBoundingClientRect();
    measured.push(`${name}: ${box.height.toFixed(1)}, ${getComputedStyle(trigger).fontSize}`);
    expect(box.height).toBeGreaterThanOrEqual(elder ? 60 : 44);
    expect(px(getComputedStyle(trigger).fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
    await userEvent.keyboard('{Tab}{Enter}');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(getComputedStyle(trigger).outlineStyle).toBe('solid');
    const chevron = trigger.querySelector('[aria-hidden="true"]')!;
    expect(getComputedStyle(chevron).transform).not.toBe('none');
    if (elder) expect(getComputedStyle(chevron).transitionDuration).toBe('0s');
  });
});

describe('Card', () => {
  it('uses elder sizes for its title in elder mode', () => {
    render(
      <ThemeScope mode="elder">
        <Card>
          <CardTitle>Savings</CardTitle>
        </Card>
      </ThemeScope>,
    );
    expect(px(getComputedStyle(screen.getByRole('heading')).fontSize)).toBeGreaterThanOrEqual(22);
  });
});
