import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { Accordion, AccordionContent, AccordionItem, AccordionTrigger } from '.';

function Questions() {
  return (
    <Accordion type="single" collapsible>
      <AccordionItem value="fee">
        <AccordionTrigger>Is there a fee?</AccordionTrigger>
        <AccordionContent>No, sending money in the country is free.</AccordionContent>
      </AccordionItem>
      <AccordionItem value="time">
        <AccordionTrigger level={2}>How long does it take?</AccordionTrigger>
        <AccordionContent>Usually a few seconds.</AccordionContent>
      </AccordionItem>
    </Accordion>
  );
}

describe('Accordion', () => {
  it('puts each trigger in a heading and says whether it is open', async () => {
    render(<Questions />);
    expect(screen.getByRole('heading', { level: 3, name: 'Is there a fee?' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'How long does it take?' })).toBeInTheDocument();
    const fee = screen.getByRole('button', { name: 'Is there a fee?' });
    expect(fee).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(fee);
    expect(fee).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('No, sending money in the country is free.')).toBeVisible();
  });

  it('opens and closes with Enter and Space and moves with the arrow keys', async () => {
    render(<Questions />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Is there a fee?' })).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Is there a fee?' })).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: 'How long does it take?' })).toHaveFocus();
  });

  it('has no axe violations closed and open', async () => {
    render(<Questions />);
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Is there a fee?' }));
    expect(await axeViolations()).toEqual([]);
  });
});
