import { allThemes, minimumContrast, themeName } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import { SummaryList, SummaryListAction, SummaryListRow } from './SummaryList';
import * as stories from './SummaryList.stories';

const { Transfer, Indonesian } = composeStories(stories);

const measured: string[] = [];
afterAll(() => console.info(`SummaryList, change link (w × h) and answer text:\n${measured.join('\n')}`));

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('SummaryList in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`gives each change link a ${elder ? '48' : '44'} px target and the answer ${elder ? '22' : '16'} px text`, () => {
    render(
      <ThemeScope {...theme} data-testid="scope" style={{ padding: '1rem' }}>
        <Transfer />
      </ThemeScope>,
    );
    const link = screen.getByRole('link', { name: 'Change Amount' });
    const box = link.getBoundingClientRect();
    const answer = screen.getByText('¥1,250.00');
    const answerSize = px(getComputedStyle(answer).fontSize);
    measured.push(`${name}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}, answer ${answerSize}px`);
    expect(box.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(box.width).toBeGreaterThanOrEqual(elder ? 48 : 44);
    expect(answerSize).toBeGreaterThanOrEqual(elder ? 22 : 16);
    expect(px(getComputedStyle(screen.getByText('Payee', { selector: 'dt' })).fontSize)).toBeGreaterThanOrEqual(elder ? 20 : 16);
    const scope = screen.getByTestId('scope');
    expect(contrastRatio(getComputedStyle(answer).color, backgroundBehind(scope))).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    expect(contrastRatio(getComputedStyle(link).color, backgroundBehind(scope))).toBeGreaterThanOrEqual(minimumContrast('text', theme));
  });

  it('gives a button in the action (asChild) the link\'s look: no button face, readable words', () => {
    render(
      <ThemeScope {...theme} data-testid="scope" style={{ padding: '1rem' }}>
        <SummaryList>
          <SummaryListRow
            term="Payee"
            action={
              <SummaryListAction asChild>
                <button type="button">Change</button>
              </SummaryListAction>
            }
          >
            Wang Xiaoming
          </SummaryListRow>
        </SummaryList>
      </ThemeScope>,
    );
    const button = screen.getByRole('button', { name: 'Change Payee' });
    const style = getComputedStyle(button);
    expect(style.backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(style.borderTopWidth).toBe('0px');
    expect(contrastRatio(style.color, backgroundBehind(button))).toBeGreaterThanOrEqual(minimumContrast('text', theme));
  });

  it(elder ? 'stacks the answer under its key in elder mode' : 'sets the answer beside its key', () => {
    render(
      <ThemeScope {...theme} style={{ padding: '1rem', width: '40rem' }}>
        <Transfer />
      </ThemeScope>,
    );
    // The words' own boxes, not the elements': a stretched element would hide a gap between the lines.
    const words = (element: Element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return range.getBoundingClientRect();
    };
    const key = words(screen.getByText('Amount', { selector: 'dt' }));
    const answer = words(screen.getByText('¥1,250.00'));
    if (elder) {
      expect(answer.top).toBeGreaterThanOrEqual(key.bottom - 1);
      // Right under it, not a screen away: the key and its answer are read together.
      expect(answer.top - key.bottom).toBeLessThanOrEqual(16);
    } else expect(answer.left).toBeGreaterThanOrEqual(key.right);
  });

  it('shows the kit’s focus ring on the change link', async () => {
    render(
      <ThemeScope {...theme}>
        <Transfer />
      </ThemeScope>,
    );
    await userEvent.keyboard('{Tab}');
    const link = screen.getByRole('link', { name: 'Change Payee' });
    expect(link).toHaveFocus();
    expect(getComputedStyle(link).outlineStyle).toBe('solid');
    expect(px(getComputedStyle(link).outlineWidth)).toBeGreaterThanOrEqual(3);
  });
});

describe('SummaryList at 320 px in elder mode, text at 200 %', () => {
  it('wraps long answers without scrolling sideways', async () => {
    await page.viewport(320, 640);
    document.documentElement.style.fontSize = '200%';
    try {
      render(
        <ThemeScope mode="elder" scheme="light" contrast="standard" data-testid="scope">
          <Indonesian />
        </ThemeScope>,
      );
      const scope = screen.getByTestId('scope');
      expect(scope.scrollWidth).toBeLessThanOrEqual(scope.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      document.documentElement.style.fontSize = '';
      await page.viewport(1024, 768);
    }
  });
});
