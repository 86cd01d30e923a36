import { render } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { HomeIcon, PhoneIcon } from './index';

/** Two frames: enough for a style recalculation after an attribute changes. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

function parts(container: Element, index = 0) {
  const svg = container.querySelectorAll('svg')[index] as SVGSVGElement;
  return {
    svg,
    standard: svg.querySelector('[data-eui-drawing="standard"]') as SVGGElement,
    elder: svg.querySelector('[data-eui-drawing="elder"]') as SVGGElement,
  };
}

const display = (element: Element) => getComputedStyle(element).display;
const size = (element: Element) => {
  const { width, height } = element.getBoundingClientRect();
  return { width, height };
};

/** Asserts which drawing shows. The hidden one must be `display: none`, so missing CSS fails here. */
function expectShowing(svg: ReturnType<typeof parts>, mode: 'standard' | 'elder') {
  const [shown, hidden] = mode === 'standard' ? [svg.standard, svg.elder] : [svg.elder, svg.standard];
  expect(display(hidden)).toBe('none');
  expect(display(shown)).not.toBe('none');
  expect(size(shown).width).toBeGreaterThan(0);
  expect(size(hidden).width).toBe(0);
}

function Scope({ mode, fontSize = '16px', children }: { mode?: 'standard' | 'elder'; fontSize?: string; children: ReactNode }) {
  return (
    <div data-eui-mode={mode} style={{ fontSize }}>
      {children}
    </div>
  );
}

describe('mode switching', () => {
  it('swaps drawings when an ancestor switches mode, without a React render', async () => {
    const onRender = vi.fn();
    const { container } = render(
      <Profiler id="icon" onRender={onRender}>
        <Scope mode="standard">
          <HomeIcon />
        </Scope>
      </Profiler>,
    );
    expect(onRender).toHaveBeenCalled();
    const scope = container.firstElementChild as HTMLElement;
    const icon = parts(container);
    expectShowing(icon, 'standard');
    onRender.mockClear();

    scope.setAttribute('data-eui-mode', 'elder');
    await nextFrame();
    expectShowing(icon, 'elder');

    scope.setAttribute('data-eui-mode', 'standard');
    await nextFrame();
    expectShowing(icon, 'standard');
    expect(onRender).not.toHaveBeenCalled();
  });

  it('shows the standard drawing where no ancestor sets a mode', () => {
    const { container } = render(<HomeIcon />);
    expectShowing(parts(container), 'standard');
  });

  it('follows the closest theme root when scopes nest', () => {
    const { container } = render(
      <>
        <Scope mode="elder">
          <Scope mode="standard">
            <HomeIcon />
          </Scope>
        </Scope>
        <Scope mode="standard">
          <Scope mode="elder">
            <HomeIcon />
          </Scope>
        </Scope>
      </>,
    );
    expectShowing(parts(container, 0), 'standard');
    expectShowing(parts(container, 1), 'elder');
    expect(size(parts(container, 0).svg)).toEqual({ width: 16, height: 16 });
    expect(size(parts(container, 1).svg).width).toBeGreaterThanOrEqual(28);
  });
});

describe('size', () => {
  it('is as large as the text in standard mode', () => {
    const { container } = render(
      <Scope mode="standard" fontSize="16px">
        <HomeIcon />
        <HomeIcon size={24} />
      </Scope>,
    );
    expectShowing(parts(container), 'standard');
    expect(size(parts(container, 0).svg)).toEqual({ width: 16, height: 16 });
    expect(size(parts(container, 1).svg)).toEqual({ width: 24, height: 24 });
  });

  it('renders elder drawings at 28 px or more, and larger with larger text', () => {
    const { container } = render(
      <>
        <Scope mode="elder" fontSize="16px">
          <HomeIcon />
        </Scope>
        <Scope mode="elder" fontSize="20px">
          <PhoneIcon />
        </Scope>
        <Scope mode="elder" fontSize="16px">
          <HomeIcon size={12} />
        </Scope>
        <Scope mode="elder" fontSize="40px">
          <HomeIcon />
        </Scope>
      </>,
    );
    for (const index of [0, 1, 2]) {
      const icon = parts(container, index);
      expectShowing(icon, 'elder');
      const { width, height } = size(icon.svg);
      expect(width).toBeGreaterThanOrEqual(28);
      expect(height).toBeGreaterThanOrEqual(28);
      // The drawing itself, not just the box, is large.
      expect(size(icon.elder).height).toBeGreaterThanOrEqual(28 * (14 / 24));
    }
    expect(size(parts(container, 3).svg)).toEqual({ width: 40, height: 40 });
  });
});

describe('colour', () => {
  it('strokes and fills in the current text colour', () => {
    const { container } = render(
      <div data-eui-mode="elder" style={{ color: 'rgb(10, 120, 30)' }}>
        <PhoneIcon />
      </div>,
    );
    const path = parts(container).elder.querySelector('path')!;
    expect(getComputedStyle(path).stroke).toBe('rgb(10, 120, 30)');
    expect(getComputedStyle(path).fill).toBe('rgb(10, 120, 30)');
  });
});
