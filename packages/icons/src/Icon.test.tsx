import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import * as api from './index';
import type { IconComponent } from './index';
import { HomeIcon, Icon, PhoneIcon, createIcon, homeIconData, iconComponentName, icons, phoneIconData } from './index';

const drawingsOf = (svg: Element) => ({
  standard: svg.querySelector('[data-eui-drawing="standard"]'),
  elder: svg.querySelector('[data-eui-drawing="elder"]'),
});

describe('Icon accessibility', () => {
  it('is decorative without a label: hidden from assistive technology and not focusable', () => {
    const { container } = render(<HomeIcon />);
    const svg = container.querySelector('svg')!;
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg).toHaveAttribute('focusable', 'false');
    expect(svg).not.toHaveAttribute('role');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('treats an empty label as no label', () => {
    render(<HomeIcon label="" />);
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('is an image named by its label, and the name appears once for both drawings', () => {
    const { container } = render(<HomeIcon label="Home" />);
    const img = screen.getByRole('img', { name: 'Home' });
    expect(img.localName).toBe('svg');
    expect(container.querySelectorAll('[aria-label]')).toHaveLength(1);
    expect(container.querySelectorAll('[role]')).toHaveLength(1);
    expect(container.querySelector('[aria-hidden]')).toBeNull();
    expect(container.querySelector('title')).toBeNull();
  });

  it('can take its name from aria-labelledby', () => {
    render(
      <>
        <span id="home-name">Go to the start page</span>
        <HomeIcon aria-labelledby="home-name" />
      </>,
    );
    expect(screen.getByRole('img', { name: 'Go to the start page' })).toBeInTheDocument();
  });
});

describe('Icon rendering', () => {
  it('draws both drawings from the data, each with its own stroke width', () => {
    const { container } = render(<PhoneIcon />);
    const svg = container.querySelector('svg')!;
    expect(svg).toHaveAttribute('viewBox', '0 0 24 24');
    expect(svg).toHaveAttribute('stroke', 'currentColor');
    expect(svg).toHaveAttribute('fill', 'none');
    expect(svg).toHaveAttribute('data-eui-icon', 'phone');
    const { standard, elder } = drawingsOf(svg);
    expect(standard).toHaveAttribute('stroke-width', String(phoneIconData.standard.strokeWidth));
    expect(elder).toHaveAttribute('stroke-width', String(phoneIconData.elder.strokeWidth));
    expect([...standard!.querySelectorAll('path')].map((path) => path.getAttribute('d'))).toEqual(
      phoneIconData.standard.paths.map((path) => path.d),
    );
    // The elder handset is filled; fills use the text colour like strokes do.
    expect([...elder!.querySelectorAll('path')].map((path) => path.getAttribute('fill'))).toEqual(
      phoneIconData.elder.paths.map((path) => (path.fill ? 'currentColor' : null)),
    );
  });

  it('follows the text size, or takes a size as its font size', () => {
    const { container, rerender } = render(<HomeIcon />);
    const svg = container.querySelector('svg')!;
    expect(svg.style.fontSize).toBe('');
    rerender(<HomeIcon size={24} />);
    expect(svg.style.fontSize).toBe('24px');
    rerender(<HomeIcon size="2rem" style={{ marginInlineEnd: '1ch' }} />);
    expect(svg.style.fontSize).toBe('2rem');
    expect(svg.style.marginInlineEnd).toBe('1ch');
  });

  it('passes a class, other attributes and a ref to the svg', () => {
    const ref = createRef<SVGSVGElement>();
    const { container } = render(<HomeIcon className="mine" data-testid="home" ref={ref} />);
    const svg = container.querySelector('svg')!;
    expect(ref.current).toBe(svg);
    expect(svg).toHaveClass('mine');
    expect(svg.classList.length).toBeGreaterThan(1);
    expect(svg).toHaveAttribute('data-testid', 'home');
  });

  it('renders any icon data through Icon', () => {
    render(<Icon icon={homeIconData} label="Home" />);
    expect(screen.getByRole('img', { name: 'Home' })).toHaveAttribute('data-eui-icon', 'home');
  });
});

describe('exports', () => {
  it('names components after their icon', () => {
    expect(iconComponentName('top-up')).toBe('TopUpIcon');
    expect(iconComponentName('chevron-up')).toBe('ChevronUpIcon');
    expect(HomeIcon.displayName).toBe('HomeIcon');
    expect(HomeIcon.icon).toBe(homeIconData);
  });

  it('exports a component and its data for every icon in the catalog', () => {
    const exports = api as unknown as Record<string, unknown>;
    for (const icon of icons) {
      const component = iconComponentName(icon.name);
      const data = `${component[0]!.toLowerCase()}${component.slice(1)}Data`;
      expect((exports[component] as IconComponent | undefined)?.icon, component).toBe(icon);
      expect(exports[data], data).toBe(icon);
    }
  });

  it('makes components for icons of your own', () => {
    const KiteIcon = createIcon({ ...homeIconData, name: 'kite' });
    expect(KiteIcon.displayName).toBe('KiteIcon');
    render(<KiteIcon label="Kite" />);
    expect(screen.getByRole('img', { name: 'Kite' })).toHaveAttribute('data-eui-icon', 'kite');
  });
});

describe('source', () => {
  // Drawings are built as elements from the data; markup strings are never parsed.
  it('never sets inner HTML', () => {
    const src = import.meta.dirname;
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file),
    );
    expect(files.length).toBeGreaterThan(56);
    for (const file of files) {
      expect(readFileSync(join(src, file), 'utf8'), file).not.toMatch(/dangerouslySetInnerHTML\s*[:=]|\.(inner|outer)HTML\b|insertAdjacentHTML/);
    }
  });
});
