import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Icon } from './Icon';
import { iconNames, icons } from './catalog';
import type { IconData, IconDrawing } from './types';

/**
 * The drawing rules of ELDER-MODE.md "Glyphs", checked on the data of every icon.
 * The numbers are written out here rather than imported, so a change to the
 * data cannot quietly move the spec with it.
 */
const GRID = 24;
const STANDARD_STROKE = { min: 1.5, max: 2 };
const ELDER_MIN_STROKE = 2.5;

const arity: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

/** Every point a path reaches (end and control points, arc extremes), in absolute grid units. */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const [, command = '', body = ''] of d.matchAll(/([a-zA-Z])([^a-zA-Z]*)/g)) {
    const type = command.toLowerCase();
    const relative = command !== command.toUpperCase();
    const numbers = (body.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
    if (!(type in arity)) throw new Error(`unknown path command ${command} in ${d}`);
    if (type === 'z') {
      x = startX;
      y = startY;
      continue;
    }
    const size = arity[type]!;
    if (numbers.length === 0 || numbers.length % size !== 0) throw new Error(`bad arguments for ${command} in ${d}`);
    for (let at = 0; at < numbers.length; at += size) {
      const n = numbers.slice(at, at + size);
      const ox = relative ? x : 0;
      const oy = relative ? y : 0;
      if (type === 'h') {
        x = n[0]! + ox;
      } else if (type === 'v') {
        y = n[0]! + oy;
      } else if (type === 'a') {
        const [r, ry, rotation, large, sweep, ex, ey] = n as [number, number, number, number, number, number, number];
        if (r !== ry || rotation !== 0) throw new Error(`arcs must be circular and unrotated: ${d}`);
        const x2 = ex + ox;
        const y2 = ey + oy;
        points.push(...arcExtremes(x, y, r, large === 1, sweep === 1, x2, y2));
        x = x2;
        y = y2;
      } else {
        for (let k = 0; k < size; k += 2) points.push([n[k]! + ox, n[k + 1]! + oy]);
        x = n[size - 2]! + ox;
        y = n[size - 1]! + oy;
        if (type === 'm' && at === 0) {
          startX = x;
          startY = y;
        }
      }
      points.push([x, y]);
    }
  }
  return points;
}

/** The points of a circular arc that lie furthest left, right, up and down (SVG 1.1 F.6.5). */
function arcExtremes(x1: number, y1: number, radius: number, large: boolean, sweep: boolean, x2: number, y2: number) {
  const hx = (x1 - x2) / 2;
  const hy = (y1 - y2) / 2;
  const r = Math.max(radius, Math.hypot(hx, hy));
  const sign = large === sweep ? -1 : 1;
  const k = sign * Math.sqrt(Math.max(0, (r * r - hx * hx - hy * hy) / (hx * hx + hy * hy)));
  const cx = k * hy + (x1 + x2) / 2;
  const cy = -k * hx + (y1 + y2) / 2;
  const from = Math.atan2(y1 - cy, x1 - cx);
  let delta = Math.atan2(y2 - cy, x2 - cx) - from;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  const extremes: [number, number][] = [];
  for (let quarter = -8; quarter <= 8; quarter++) {
    const angle = (quarter * Math.PI) / 2;
    const along = (angle - from) / delta;
    if (along > 0 && along < 1) extremes.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
  }
  return extremes;
}

const subpaths = (drawing: IconDrawing) => drawing.paths.reduce((sum, path) => sum + (path.d.match(/m/gi)?.length ?? 0), 0);

describe('the icon set', () => {
  it('has at least 56 icons with unique kebab-case names', () => {
    expect(icons.length).toBeGreaterThanOrEqual(56);
    expect(new Set(icons.map((icon) => icon.name)).size).toBe(icons.length);
    for (const icon of icons) expect(icon.name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('lists the same names, in the same order, in iconNames', () => {
    expect([...iconNames]).toEqual(icons.map((icon) => icon.name));
  });

  it('covers every icon the kit promises', () => {
    const required = ['home', 'back', 'forward', 'close', 'menu', 'search', 'scan', 'pay', 'transfer', 'receive', 'bill', 'top-up', 'bank-card', 'wallet', 'phone', 'message', 'help', 'customer-service', 'family', 'user', 'settings', 'lock', 'unlock', 'eye', 'eye-off', 'warning', 'error', 'success', 'info', 'question', 'calendar', 'clock', 'location', 'camera', 'image', 'microphone', 'speaker', 'text-size', 'contrast', 'sun', 'moon', 'plus', 'minus', 'check', 'chevron-up', 'chevron-down', 'chevron-left', 'chevron-right', 'edit', 'delete', 'share', 'refresh', 'health', 'bus', 'shopping', 'gift', 'document'];
    expect(iconNames).toEqual(expect.arrayContaining(required));
  });

  it('gives every icon English and Chinese search words', () => {
    for (const { name, synonyms } of icons) {
      expect(synonyms.en.length, name).toBeGreaterThan(0);
      expect(synonyms['zh-CN'].length, name).toBeGreaterThan(0);
      for (const word of synonyms['zh-CN']) expect(word, name).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe.each(icons.map((icon) => [icon.name, icon] as [string, IconData]))('%s', (_name, icon) => {
  it('has a standard and an elder drawing', () => {
    expect(icon.standard.paths.length).toBeGreaterThan(0);
    expect(icon.elder.paths.length).toBeGreaterThan(0);
  });

  it('strokes its standard drawing at 1.5–2 grid units', () => {
    expect(icon.standard.strokeWidth).toBeGreaterThanOrEqual(STANDARD_STROKE.min);
    expect(icon.standard.strokeWidth).toBeLessThanOrEqual(STANDARD_STROKE.max);
  });

  it('strokes its elder drawing at 2.5 grid units or more, or fills it', () => {
    const filled = icon.elder.paths.every((path) => path.fill);
    expect(filled || icon.elder.strokeWidth >= ELDER_MIN_STROKE).toBe(true);
  });

  it('simplifies the elder drawing: different shapes, no more sub-paths than standard', () => {
    expect(icon.elder.paths).not.toEqual(icon.standard.paths);
    expect(subpaths(icon.elder)).toBeLessThanOrEqual(subpaths(icon.standard));
  });

  it('keeps every shape, stroke included, inside the 24 × 24 grid', () => {
    for (const drawing of [icon.standard, icon.elder]) {
      const inset = drawing.strokeWidth / 2;
      for (const { d } of drawing.paths) {
        expect(d).toMatch(/^M[MmLlHhVvCcSsQqTtAaZz\d\s.,-]+$/);
        for (const [x, y] of pathPoints(d)) {
          expect(x, `${d} reaches x=${x}`).toBeGreaterThanOrEqual(inset - 1e-6);
          expect(x, `${d} reaches x=${x}`).toBeLessThanOrEqual(GRID - inset + 1e-6);
          expect(y, `${d} reaches y=${y}`).toBeGreaterThanOrEqual(inset - 1e-6);
          expect(y, `${d} reaches y=${y}`).toBeLessThanOrEqual(GRID - inset + 1e-6);
        }
      }
    }
  });

  it('renders as inert SVG: only svg, g and path, no script, event handler or external reference', () => {
    const markup = renderToStaticMarkup(createElement(Icon, { icon, label: icon.name }));
    const host = document.createElement('div');
    host.innerHTML = markup;
    const svg = host.querySelector('svg');
    expect(svg?.getAttribute('viewBox')).toBe(`0 0 ${GRID} ${GRID}`);
    const allowed = new Set(['viewbox', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'focusable', 'class', 'role', 'aria-label', 'aria-hidden', 'data-eui-icon', 'data-eui-drawing', 'd']);
    for (const element of host.querySelectorAll('*')) {
      expect(['svg', 'g', 'path']).toContain(element.localName);
      for (const { name, value } of element.attributes) {
        expect(allowed, `attribute ${name}`).toContain(name.toLowerCase());
        expect(name).not.toMatch(/^on/i);
        expect(value).not.toMatch(/url\(|https?:|javascript:|data:|xlink|href/i);
      }
    }
    expect(markup).not.toMatch(/<script|<foreignObject|<use|<image|xlink|href=|url\(/i);
  });
});

describe('the path checker', () => {
  it('sees the top of a circle drawn with two arcs', () => {
    const ys = pathPoints('M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0z').map(([, y]) => y);
    expect(Math.min(...ys)).toBeCloseTo(3);
    expect(Math.max(...ys)).toBeCloseTo(21);
  });

  it('follows relative commands and implicit line-tos', () => {
    expect(pathPoints('M2 2l3 4 1 1h2v-3')).toEqual(
      expect.arrayContaining([
        [5, 6],
        [6, 7],
        [8, 7],
        [8, 4],
      ]),
    );
  });
});
