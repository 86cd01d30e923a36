import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import { RadioGroup, RadioGroupItem } from './RadioGroup';
import * as stories from './RadioGroup.stories';

const { Chosen } = composeStories(stories);

const measured: string[] = [];
afterAll(() => console.info(`Measured RadioGroup options (w × h, text):\n${measured.join('\n')}`));

function renderIn(theme: ResolvedTheme) {
  render(
    <ThemeScope {...theme} data-testid="scope" style={{ padding: '1rem' }}>
      <RadioGroup label="Speed" orientation="horizontal" error="Choose one">
        <RadioGroupItem value="now" label="Now" />
        <RadioGroupItem value="later" label="Later" hint="No fee" />
      </RadioGroup>
    </ThemeScope>,
  );
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('RadioGroup in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`has options (the whole label) of at least ${elder ? 48 : 44} px square, the target gap apart`, () => {
    renderIn(theme);
    const rects = screen.getAllByRole('radio').map((radio) => {
      const label = radio.closest('label')!;
      const rect = label.getBoundingClientRect();
      measured.push(`${name} ${label.textContent}: ${rect.width.toFixed(1)} × ${rect.height.toFixed(1)}, ${px(getComputedStyle(label).fontSize)}px`);
      expect(rect.height).toBeGreaterThanOrEqual(elder ? 48 : 44);
      expect(rect.width).toBeGreaterThanOrEqual(elder ? 48 : 44);
      expect(px(getComputedStyle(label).fontSize)).toBeGreaterThanOrEqual(elder ? 20 : 16);
      return rect;
    });
    expect(rects[1]!.left - rects[0]!.right).toBeGreaterThanOrEqual(elder ? 12 : 8);
    expect(px(getComputedStyle(screen.getByText('No fee')).fontSize)).toBeGreaterThanOrEqual(elder ? 18 : 14);
  });

  it('chooses with the arrow keys and rings the focused option', async () => {
    renderIn(theme);
    await userEvent.click(screen.getByText('Now'));
    await userEvent.keyboard('{ArrowRight}');
    const later = screen.getByRole('radio', { name: 'Later' });
    expect(later).toBeChecked();
    expect(later).toHaveFocus();
    const style = getComputedStyle(later.closest('label')!);
    expect(style.outlineStyle).toBe('solid');
    expect(px(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(style.outlineColor, backgroundBehind(screen.getByTestId('scope')))).toBeGreaterThanOrEqual(
      minimumContrast('focus', theme),
    );
    const circle = getComputedStyle(later);
    expect(contrastRatio(circle.borderTopColor, backgroundBehind(screen.getByTestId('scope')))).toBeGreaterThanOrEqual(
      minimumContrast('non-text', theme),
    );
  });
});

describe('the arrow keys, pressed in Chromium', () => {
  // Handled by the browser's own radios, whichever way the choices are laid out (WAI-ARIA APG
  // radio group): Down and Right move to the next choice, Up and Left to the one before,
  // wrapping at the ends, and each press also chooses.
  const presses = [
    ['ArrowDown', 'Tomorrow'],
    ['ArrowDown', 'Now'],
    ['ArrowRight', 'Later today'],
    ['ArrowRight', 'Tomorrow'],
    ['ArrowUp', 'Later today'],
    ['ArrowUp', 'Now'],
    ['ArrowLeft', 'Tomorrow'],
    ['ArrowLeft', 'Later today'],
    ['ArrowRight', 'Tomorrow'],
    ['ArrowRight', 'Now'],
    ['ArrowUp', 'Tomorrow'],
  ] as const;

  it.each(['vertical', 'horizontal'] as const)('move and choose in all four directions in a %s group', async (orientation) => {
    render(<Chosen orientation={orientation} />);
    const radios = screen.getAllByRole('radio');
    // Tab enters the group on its chosen answer.
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('radio', { name: 'Later today' })).toHaveFocus();
    for (const [key, name] of presses) {
      await userEvent.keyboard(`{${key}}`);
      const radio = screen.getByRole('radio', { name });
      expect(radio, `${key} focuses "${name}"`).toHaveFocus();
      expect(radio, `${key} chooses "${name}"`).toBeChecked();
      expect(radios.filter((other) => (other as HTMLInputElement).checked)).toEqual([radio]);
    }
  });
});
