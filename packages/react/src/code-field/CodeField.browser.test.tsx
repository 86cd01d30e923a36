import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import * as stories from './CodeField.stories';

const { Default, MaskedPin, ResendReady, ExpiryWarning, LongLabel, Chinese } = composeStories(stories);

const measured: string[] = [];
afterAll(() =>
  console.info(`Measured CodeField (box w × h, digit px; Show numbers h, text px; Resend code h, text px):\n${measured.join('\n')}`),
);

function renderIn(theme: ResolvedTheme, story: ReactElement) {
  render(
    <ThemeScope {...theme} data-testid="scope" style={{ padding: '1rem', width: '40rem' }}>
      {story}
    </ThemeScope>,
  );
  return { input: document.querySelector('input')!, boxes: Array.from(document.querySelectorAll<HTMLElement>('[data-eui-code-box]')) };
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('CodeField in %s', (name, theme) => {
  const elder = theme.mode === 'elder';
  const target = elder ? 48 : 44;

  it(`draws boxes of at least ${target} × ${target} px with digits of ${elder ? 22 : 20} px or more, in contrast`, () => {
    const { boxes } = renderIn(theme, <Default defaultValue="123456" />);
    const sizes = boxes.map((box) => box.getBoundingClientRect());
    const style = getComputedStyle(boxes[0]!);
    renderIn(theme, <MaskedPin />);
    const toggle = screen.getByRole('button', { name: 'Show numbers' });
    renderIn(theme, <ResendReady />);
    const resendButton = screen.getByRole('button', { name: 'Resend code' });
    measured.push(
      `${name}: ${sizes[0]!.width.toFixed(1)} × ${sizes[0]!.height.toFixed(1)}, ${px(style.fontSize)}px; ` +
        `${toggle.getBoundingClientRect().height.toFixed(1)}, ${px(getComputedStyle(toggle).fontSize)}px; ` +
        `${resendButton.getBoundingClientRect().height.toFixed(1)}, ${px(getComputedStyle(resendButton).fontSize)}px`,
    );
    for (const size of sizes) {
      expect(size.width).toBeGreaterThanOrEqual(target);
      expect(size.height).toBeGreaterThanOrEqual(target);
    }
    expect(px(style.fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 20);
    expect(contrastRatio(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    expect(contrastRatio(style.borderTopColor, backgroundBehind(boxes[0]!.parentElement!))).toBeGreaterThanOrEqual(
      minimumContrast('non-text', theme),
    );
    for (const button of [toggle, resendButton]) {
      expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(target);
      expect(px(getComputedStyle(button).fontSize)).toBeGreaterThanOrEqual(elder ? 22 : 16);
    }
  });

  it('puts the one input over every box, so a tap on any box lands on it', () => {
    const { input, boxes } = renderIn(theme, <Default />);
    for (const box of boxes) {
      const rect = box.getBoundingClientRect();
      expect(document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)).toBe(input);
    }
  });

  it('shows the kit’s focus ring around the boxes while the input has focus', async () => {
    const { input, boxes } = renderIn(theme, <Default />);
    await userEvent.keyboard('{Tab}');
    expect(input).toHaveFocus();
    const group = boxes[0]!.parentElement!.parentElement!;
    const ring = getComputedStyle(group);
    expect(ring.outlineStyle).toBe('solid');
    expect(px(ring.outlineWidth)).toBeGreaterThanOrEqual(3);
    expect(px(ring.outlineOffset)).toBeGreaterThanOrEqual(2);
    expect(contrastRatio(ring.outlineColor, backgroundBehind(screen.getByTestId('scope')))).toBeGreaterThanOrEqual(
      minimumContrast('focus', theme),
    );
    // The box where the next digit goes has a thicker edge, not only another colour.
    expect(px(getComputedStyle(boxes[0]!).borderTopWidth)).toBeGreaterThan(px(getComputedStyle(boxes[1]!).borderTopWidth));
  });
});

describe('CodeField in Chromium', () => {
  const elderLight: ResolvedTheme = { mode: 'elder', scheme: 'light', contrast: 'standard' };

  /**
   * A press near the left edge of a box: the input over it takes it, as a finger's tap would.
   * On the first box that is where the browser would put its own caret before the first digit.
   */
  const pressBox = (input: HTMLInputElement, box: HTMLElement) => {
    const field = input.getBoundingClientRect();
    const rect = box.getBoundingClientRect();
    return userEvent.click(input, { position: { x: rect.left - field.left + 2, y: rect.top - field.top + rect.height / 2 } });
  };

  it('keeps typing after the last digit when a box in the middle is pressed', async () => {
    const { input, boxes } = renderIn(elderLight, <Default />);
    await pressBox(input, boxes[4]!);
    await userEvent.keyboard('12');
    await pressBox(input, boxes[0]!);
    await userEvent.keyboard('3');
    expect(input).toHaveValue('123');
    expect(boxes[3]).toHaveAttribute('data-active');
  });

  it('takes a code with a space, copied from a message, from the real clipboard', async () => {
    const { input, boxes } = renderIn(
      elderLight,
      <>
        <Default />
        <textarea aria-label="Message" defaultValue="123 456" />
      </>,
    );
    screen.getByRole('textbox', { name: 'Message' }).focus();
    (screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement).select();
    await userEvent.copy();
    await userEvent.click(input);
    await userEvent.paste();
    expect(input).toHaveValue('123456');
    expect(boxes.map((box) => box.textContent).join('')).toBe('123456');
  });

  it('moves focus to the input after I need more time, as the warning goes away', async () => {
    const { input } = renderIn(elderLight, <ExpiryWarning />);
    const more = screen.getByRole('button', { name: 'I need more time' });
    expect(more.getBoundingClientRect().height).toBeGreaterThanOrEqual(48);
    await userEvent.click(more);
    expect(input).toHaveFocus();
  });
});

describe.each(['standard', 'elder'] as const)('CodeField under forced colours, %s mode', (mode) => {
  // Forced colours drop backgrounds and shadows and keep borders and outlines: the boxes, the
  // caret and the focus ring are all drawn with those.
  const session = cdp();
  beforeAll(() => session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] }));
  afterAll(() => session.send('Emulation.setEmulatedMedia', { features: [] }));

  it('keeps every box, the caret and the focus ring visible', async () => {
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    const { input, boxes } = renderIn({ mode, scheme: 'light', contrast: 'standard' }, <Default />);
    await userEvent.keyboard('{Tab}');
    expect(input).toHaveFocus();
    const behind = backgroundBehind(screen.getByTestId('scope'));
    for (const box of boxes) {
      const style = getComputedStyle(box);
      expect(style.borderTopStyle).toBe('solid');
      expect(contrastRatio(style.borderTopColor, behind)).toBeGreaterThanOrEqual(3);
    }
    const caret = getComputedStyle(boxes[0]!.querySelector('span')!);
    expect(px(caret.borderInlineStartWidth)).toBeGreaterThanOrEqual(2);
    expect(contrastRatio(caret.borderInlineStartColor, behind)).toBeGreaterThanOrEqual(3);
    const ring = getComputedStyle(boxes[0]!.parentElement!.parentElement!);
    expect(ring.outlineStyle).toBe('solid');
    expect(px(ring.outlineWidth)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(ring.outlineColor, behind)).toBeGreaterThanOrEqual(3);
  });
});

describe.each([
  ['100 %', ''],
  ['200 %', '200%'],
])('CodeField at 320 px in elder mode, text at %s', (_size, rootSize) => {
  it.each([
    ['a six-digit code', <Default key="default" defaultValue="123456" />],
    ['a masked PIN', <MaskedPin key="masked" />],
    ['a long label', <LongLabel key="long" />],
    ['Chinese', <Chinese key="zh" />],
  ])('fits %s without scrolling sideways, every box and digit in view', async (_story, story) => {
    await page.viewport(320, 640);
    document.documentElement.style.fontSize = rootSize;
    try {
      render(
        <ThemeScope mode="elder" scheme="light" contrast="standard" data-testid="scope">
          {story}
        </ThemeScope>,
      );
      const scope = screen.getByTestId('scope');
      expect(scope.scrollWidth).toBeLessThanOrEqual(scope.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      for (const box of document.querySelectorAll('[data-eui-code-box]')) {
        expect(box.getBoundingClientRect().right).toBeLessThanOrEqual(320);
        expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
        expect(box.getBoundingClientRect().height).toBeGreaterThanOrEqual(48);
      }
    } finally {
      document.documentElement.style.fontSize = '';
      await page.viewport(1024, 768);
    }
  });
});
