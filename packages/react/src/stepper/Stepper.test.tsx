import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../../test/support/axe';
import { LocaleProvider } from '../locale';
import { Stepper } from '.';

describe('Stepper', () => {
  it('says "Step 2 of 4" in words and shows only the current step', () => {
    render(<Stepper current={2} total={4} title="How much to send" />);
    expect(screen.getByText('Step 2 of 4')).toBeInTheDocument();
    expect(screen.getByText('How much to send')).toBeInTheDocument();
    expect(document.querySelector('[data-eui-stepper] [aria-hidden="true"]')!.children).toHaveLength(4);
  });

  it('keeps the step within range', () => {
    render(<Stepper current={9} total={3} />);
    expect(screen.getByText('Step 3 of 3')).toBeInTheDocument();
  });

  it.each([
    ['zh-CN', '第 2 步，共 4 步'],
    ['zh-TW', '第 2 步，共 4 步'],
    ['id', 'Langkah 2 dari 4'],
  ])('speaks %s', (locale, words) => {
    render(
      <LocaleProvider locale={locale}>
        <Stepper current={2} total={4} />
      </LocaleProvider>,
    );
    expect(screen.getByText(words)).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    render(<Stepper current={2} total={4} title="How much to send" />);
    expect(await axeViolations()).toEqual([]);
  });
});
