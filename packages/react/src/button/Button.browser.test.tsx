import { registerElderRules } from '@elder-ui/axe-rules';
import { allThemes, minimumContrast, themeName, type ResolvedTheme } from '@elder-ui/tokens';
import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterAll, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { backgroundBehind, contrastRatio, px } from '../../../../test/support/measure';
import { ThemeScope } from '../theme';
import { Button, buttonTones } from './Button';

const measured: string[] = [];
afterAll(() => console.info(`Measured Button sizes (w × h, font):\n${measured.join('\n')}`));

function renderInTheme(theme: ResolvedTheme) {
  render(
    <ThemeScope {...theme} data-testid="scope" style={{ padding: '1rem' }}>
      {buttonTones.map((tone) => (
        <Button key={tone} tone={tone}>
          Pay
        </Button>
      ))}
    </ThemeScope>,
  );
  return screen.getAllByRole('button');
}

describe.each(allThemes.map((theme) => [themeName(theme), theme] as const))('Button in %s', (name, theme) => {
  const elder = theme.mode === 'elder';

  it(`is at least ${elder ? '60 × 60' : '44 × 44'} px with ${elder ? '22' : '16'} px text, even with a one-word label`, () => {
    const [button] = renderInTheme(theme);
    const box = button!.getBoundingClientRect();
    const fontSize = px(getComputedStyle(button!).fontSize);
    measured.push(`${name}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}, ${fontSize}px`);
    expect(box.height).toBeGreaterThanOrEqual(elder ? 60 : 44);
    expect(box.width).toBeGreaterThanOrEqual(elder ? 60 : 44);
    expect(fontSize).toBeGreaterThanOrEqual(elder ? 22 : 16);
  });

  it('has enough contrast for its words in every tone, at rest and hovered', async () => {
    const buttons = renderInTheme(theme);
    for (const button of buttons) {
      const style = getComputedStyle(button);
      expect(contrastRatio(style.color, style.backgroundColor), button.className).toBeGreaterThanOrEqual(
        minimumContrast('text', theme),
      );
      await userEvent.hover(button);
      const hovered = getComputedStyle(button);
      expect(contrastRatio(hovered.color, hovered.backgroundColor)).toBeGreaterThanOrEqual(minimumContrast('text', theme));
    }
  });

  it('shows a solid focus ring of 3 px or more, 2 px off, on keyboard focus', async () => {
    const [button] = renderInTheme(theme);
    await userEvent.keyboard('{Tab}');
    expect(button).toHaveFocus();
    expect(button!.matches(':focus-visible')).toBe(true);
    const style = getComputedStyle(button!);
    expect(style.outlineStyle).toBe('solid');
    expect(px(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    expect(px(style.outlineOffset)).toBeGreaterThanOrEqual(2);
    const behind = backgroundBehind(screen.getByTestId('scope'));
    expect(contrastRatio(style.outlineColor, behind)).toBeGreaterThanOrEqual(minimumContrast('focus', theme));
  });
});

describe('a primary Button under the elder rules', () => {
  it('is held to the 60 px primary target, where other buttons need 48', async () => {
    registerElderRules(axe);
    // Squeezed to 50 px by the page: enough for a secondary action in elder mode, not for the primary one.
    const squeezed = { minHeight: 0, height: '50px' };
    render(
      <ThemeScope mode="elder" data-testid="scope">
        <Button style={squeezed}>Pay</Button>
        <Button tone="secondary" style={squeezed}>
          Cancel
        </Button>
      </ThemeScope>,
    );
    const results = await axe.run(screen.getByTestId('scope'), {
      runOnly: { type: 'rule', values: ['elder-target-size'] },
      elementRef: true,
    });
    const failing = results.violations.flatMap((rule) => rule.nodes.map((node) => node.element));
    expect(failing).toEqual([screen.getByRole('button', { name: 'Pay' })]);
  });
});

describe('Button under Windows High Contrast (forced colours)', () => {
  it('keeps a visible outline on focus and a visible border', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      render(<Button tone="secondary">Cancel</Button>);
      const button = screen.getByRole('button');
      await userEvent.keyboard('{Tab}');
      const style = getComputedStyle(button);
      expect(style.outlineStyle).toBe('solid');
      expect(px(style.outlineWidth)).toBeGreaterThanOrEqual(3);
      expect(style.borderStyle).toBe('solid');
      expect(px(style.borderTopWidth)).toBeGreaterThan(0);
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});

describe('a loading Button', () => {
  it('keeps its width and shows a ring that does not spin in elder mode', () => {
    const { rerender } = render(
      <ThemeScope mode="elder">
        <Button>Pay 1,250.00 now</Button>
      </ThemeScope>,
    );
    const before = screen.getByRole('button').getBoundingClientRect().width;
    rerender(
      <ThemeScope mode="elder">
        <Button loading>Pay 1,250.00 now</Button>
      </ThemeScope>,
    );
    const button = screen.getByRole('button', { name: 'Pay 1,250.00 now' });
    expect(button.getBoundingClientRect().width).toBe(before);
    const spinner = button.querySelector('[data-eui-spinner]')!;
    expect(getComputedStyle(spinner).animationName).toBe('none');
    expect(getComputedStyle(button).color).toBe('rgba(0, 0, 0, 0)');
  });

  it('spins again in a standard scope inside elder mode: the closest theme root decides', () => {
    render(
      <ThemeScope mode="elder">
        <ThemeScope mode="standard">
          <Button loading>Pay</Button>
        </ThemeScope>
      </ThemeScope>,
    );
    const spinner = screen.getByRole('button').querySelector('[data-eui-spinner]')!;
    expect(getComputedStyle(spinner).animationName).not.toBe('none');
  });
});

describe('long labels', () => {
  it('wrap inside a narrow container instead of clipping or overflowing', () => {
    render(
      <div style={{ width: '12rem' }}>
        <ThemeScope mode="elder">
          <Button>Send 1,250.00 yuan to Wang Xiaoming now</Button>
        </ThemeScope>
      </div>,
    );
    const button = screen.getByRole('button');
    const box = button.getBoundingClientRect();
    expect(box.width).toBeLessThanOrEqual(px(getComputedStyle(button.parentElement!).width) + 0.5);
    expect(button.scrollWidth).toBeLessThanOrEqual(button.clientWidth);
    expect(box.height).toBeGreaterThan(60);
  });

  it('breaks a word longer than its container rather than overflow it', () => {
    render(
      <div style={{ width: '8rem' }}>
        <ThemeScope mode="elder">
          <Button>Pemberitahuan</Button>
        </ThemeScope>
      </div>,
    );
    const button = screen.getByRole('button');
    expect(button.getBoundingClientRect().width).toBeLessThanOrEqual(px(getComputedStyle(button.parentElement!).width) + 0.5);
    expect(button.scrollWidth).toBeLessThanOrEqual(button.clientWidth);
  });
});

describe('an icon and words', () => {
  const icon = <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true"><circle cx="12" cy="12" r="10" /></svg>;
  const centre = (element: Element) => {
    const box = element.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  };

  it.each([
    ['a button', <Button icon={icon}>Pay</Button>],
    ['a link', <Button asChild icon={icon}><a href="#pay">Pay</a></Button>],
  ])('sit on one line, centred in %s, a small gap apart, and the words centred across it', (_, element) => {
    render(<ThemeScope mode="elder">{element}</ThemeScope>);
    const control = document.querySelector('[data-eui-target]')!;
    const iconBox = control.querySelector('span[aria-hidden]')!;
    const words = document.createRange();
    words.selectNodeContents(control.lastChild!.nodeType === Node.TEXT_NODE ? control.lastChild! : control);
    const wordsBox = [...words.getClientRects()].at(-1)!;
    const controlCentre = centre(control);
    expect(Math.abs(centre(iconBox).y - controlCentre.y)).toBeLessThanOrEqual(2);
    expect(Math.abs(wordsBox.top + wordsBox.height / 2 - controlCentre.y)).toBeLessThanOrEqual(2);
    const gap = wordsBox.left - iconBox.getBoundingClientRect().right;
    expect(gap).toBeGreaterThanOrEqual(4);
    expect(gap).toBeLessThanOrEqual(16);
    // The icon and the words together are centred across the control.
    const contentCentre = (iconBox.getBoundingClientRect().left + wordsBox.right) / 2;
    expect(Math.abs(contentCentre - controlCentre.x)).toBeLessThanOrEqual(2);
  });
});

describe('an app\'s own CSS', () => {
  it('wins over the kit\'s, loaded first and less specific, thanks to cascade layers', () => {
    // Before the kit's stylesheets and with a bare type selector: without layers the
    // kit's later, class-specific rules would win.
    const style = document.createElement('style');
    style.textContent = 'main button { background-color: rgb(0, 77, 64); border-radius: 0; }';
    document.head.prepend(style);
    try {
      render(
        <main>
          <Button>Pay</Button>
        </main>,
      );
      const computed = getComputedStyle(screen.getByRole('button'));
      expect(computed.backgroundColor).toBe('rgb(0, 77, 64)');
      expect(computed.borderTopLeftRadius).toBe('0px');
    } finally {
      style.remove();
    }
  });
});
