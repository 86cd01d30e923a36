import type { AxeColor, ElderCommons } from '../commons.ts';
import { defaultContrast, withDefaults } from '../defaults.ts';
import { BOUNDED_CONTROL_SELECTOR, hasOwnText, INTERACTIVE_SELECTOR, isDisabled, round } from '../dom.ts';
import type { ContrastOptions } from '../types.ts';
import { type CheckOutcome, defineElderRule } from './source.ts';

/** The SVG shapes whose paint makes up an icon. */
const SHAPES = 'path, circle, ellipse, rect, line, polyline, polygon, text, use';

interface Measure {
  outcome: CheckOutcome;
  data: Record<string, unknown>;
  related?: Element[];
}

function parseColor(commons: ElderCommons, value: string): AxeColor | null {
  if (!value || value === 'none' || value.startsWith('url(')) return null;
  try {
    return new commons.color.Color().parseString(value);
  } catch {
    return null;
  }
}

/**
 * The colour behind an element, found by compositing the backgrounds of its ancestors over
 * white. Positioned overlaps are not considered; a background image or gradient anywhere on the
 * way gives `null` ("cannot tell"), never a guess.
 */
function backdropColor(commons: ElderCommons, start: Element | null): { color: AxeColor | null; reason?: string; node?: Element } {
  const layers: AxeColor[] = [];
  for (let el: Element | null = start; el; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (style.backgroundImage !== 'none') {
      return { color: null, reason: /gradient/.test(style.backgroundImage) ? 'bgGradient' : 'bgImage', node: el };
    }
    const own = commons.color.getOwnBackgroundColor(style);
    if (own.alpha > 0) layers.push(own);
    if (own.alpha >= 1) break;
  }
  let color = new commons.color.Color(255, 255, 255, 1);
  for (const layer of layers.reverse()) color = commons.color.flattenColors(layer, color);
  return { color };
}

function unknownBackdrop(around: { reason?: string; node?: Element }): Measure {
  const reason = around.reason ?? 'unknown';
  return { outcome: undefined, data: { messageKey: reason, reason }, related: around.node ? [around.node] : [] };
}

function ratioData(ratio: number, expected: number, fg: AxeColor, bg: AxeColor, key: string) {
  return {
    messageKey: key,
    contrastRatio: round(Math.floor(ratio * 100) / 100),
    expectedContrastRatio: expected,
    fgColor: fg.toHexString(),
    bgColor: bg.toHexString(),
  };
}

/** Text: foreground against background with axe's own colour engine (as color-contrast-enhanced does). */
function measureText(commons: ElderCommons, node: Element, expected: number): Measure {
  const { color } = commons;
  const bgNodes: Element[] = [];
  const bg = color.getBackgroundColor(node, bgNodes);
  const fg = color.getForegroundColor(node, false, bg);
  if (!bg || !fg) {
    const reason = color.incompleteData.get('bgColor') ?? color.incompleteData.get('fgColor') ?? 'unknown';
    color.incompleteData.clear();
    return { outcome: undefined, data: { messageKey: reason, reason }, related: bgNodes };
  }
  const ratio = color.getContrast(bg, fg);
  const data = ratioData(ratio, expected, fg, bg, 'text');
  if (ratio + 0.005 >= expected) return { outcome: true, data };
  // A text shadow can make text readable that its fill alone is not: a person must judge.
  if (getComputedStyle(node).textShadow !== 'none') return { outcome: undefined, data: { ...data, messageKey: 'textShadow' } };
  return { outcome: false, data, related: bgNodes };
}

/** Native checkboxes and radios are drawn by the browser: their paint is not in the styles. */
function drawnByBrowser(node: Element): boolean {
  return (
    node.localName === 'input' &&
    ['checkbox', 'radio'].includes((node as HTMLInputElement).type) &&
    getComputedStyle(node).appearance !== 'none'
  );
}

/**
 * A control's boundary: the strongest of its visible borders and its fill, each against what
 * is around the control. Applies only to controls with a visible border.
 */
function measureBoundary(commons: ElderCommons, node: Element, expected: number): Measure | null {
  const style = getComputedStyle(node);
  if (drawnByBrowser(node)) return null;
  const sides = (['top', 'right', 'bottom', 'left'] as const).filter(
    (side) =>
      parseFloat(style.getPropertyValue(`border-${side}-width`)) >= 1 &&
      !['none', 'hidden'].includes(style.getPropertyValue(`border-${side}-style`)),
  );
  const borders = sides
    .map((side) => parseColor(commons, style.getPropertyValue(`border-${side}-color`)))
    .filter((c): c is AxeColor => c !== null && c.alpha > 0);
  if (borders.length === 0) return null;

  const around = backdropColor(commons, node.parentElement);
  if (!around.color) return unknownBackdrop(around);
  const outside = around.color;
  const candidates: AxeColor[] = borders.map((c) => commons.color.flattenColors(c, outside));
  if (style.backgroundImage === 'none') {
    const fill = commons.color.getOwnBackgroundColor(style);
    if (fill.alpha > 0) candidates.push(commons.color.flattenColors(fill, outside));
  }
  const best = candidates
    .map((fg) => ({ fg, ratio: commons.color.getContrast(outside, fg) }))
    .reduce((a, b) => (b.ratio > a.ratio ? b : a));
  return { outcome: best.ratio + 0.005 >= expected, data: ratioData(best.ratio, expected, best.fg, outside, 'boundary') };
}

/** An SVG icon: its strongest fill or stroke against the background behind it. */
function measureIcon(commons: ElderCommons, svg: Element, expected: number): Measure {
  const host = svg.parentElement;
  const around = backdropColor(commons, host);
  if (!around.color) return unknownBackdrop(around);
  const bg = around.color;
  const painted = [svg, ...Array.from(svg.querySelectorAll(SHAPES))].slice(0, 50);
  const paints: AxeColor[] = [];
  let unknownPaint = false;
  for (const el of painted) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const opacity = parseFloat(style.opacity);
    for (const [paint, paintOpacity] of [
      [style.fill, style.fillOpacity],
      [style.stroke, style.strokeOpacity],
    ] as const) {
      if (paint.startsWith('url(')) {
        unknownPaint = true;
        continue;
      }
      const color = parseColor(commons, paint);
      if (!color || color.alpha === 0) continue;
      if (paint === style.stroke && parseFloat(style.strokeWidth) === 0) continue;
      color.alpha *= parseFloat(paintOpacity) * opacity;
      if (color.alpha > 0) paints.push(commons.color.flattenColors(color, bg));
    }
  }
  if (paints.length === 0) {
    const reason = unknownPaint ? 'paintServer' : 'noPaint';
    return { outcome: undefined, data: { messageKey: reason, reason } };
  }
  const best = paints.map((fg) => ({ fg, ratio: commons.color.getContrast(bg, fg) })).reduce((a, b) => (b.ratio > a.ratio ? b : a));
  return { outcome: best.ratio + 0.005 >= expected, data: ratioData(best.ratio, expected, best.fg, bg, 'icon') };
}

function isIconInControl(node: Element): boolean {
  return node.localName === 'svg' && node.parentElement?.closest(INTERACTIVE_SELECTOR) != null;
}

/**
 * `elder-contrast`: text at least `text`:1 against its background at every size (WCAG 1.4.6
 * without the large-text allowance); control borders and SVG icons inside controls at least
 * `nonText`:1 (WCAG 1.4.11 asks 3; MIIT 1.3 applies 4.5 to icons). Unknown backgrounds
 * (images, gradients, overlaps) are "needs review", never a pass.
 */
export const elderContrast = defineElderRule<ContrastOptions>({
  id: 'elder-contrast',
  tags: ['elder', 'cat.color', 'wcag2aaa', 'wcag146', 'wcag1411', 'miit-1.3'],
  impact: 'serious',
  defaults: defaultContrast,
  matches(commons, node) {
    const relevant = isIconInControl(node) || hasOwnText(node) || node.matches(BOUNDED_CONTROL_SELECTOR);
    if (!relevant) return false;
    // WCAG exempts inactive components and their text.
    if (isDisabled(node) || node.closest(':disabled')) return false;
    const svg = node.localName === 'svg' ? node : null;
    const control = svg ? svg.parentElement?.closest(INTERACTIVE_SELECTOR) : null;
    if (control && isDisabled(control)) return false;
    return commons.dom.isVisibleOnScreen(node);
  },
  evaluate(commons, node, options) {
    const { text, nonText } = withDefaults(defaultContrast, options);
    const measures: Measure[] = [];
    if (isIconInControl(node)) {
      measures.push(measureIcon(commons, node, nonText));
    } else {
      if (hasOwnText(node)) measures.push(measureText(commons, node, text));
      if (node.matches(BOUNDED_CONTROL_SELECTOR)) {
        const boundary = measureBoundary(commons, node, nonText);
        if (boundary) measures.push(boundary);
      }
    }
    if (measures.length === 0) {
      // A control with no border and no words of its own (a list row whose words are in child
      // elements) has nothing here to judge: its words and icons are measured as nodes of their own.
      if (!drawnByBrowser(node)) {
        this.data({ messageKey: 'nothingOwn' });
        return true;
      }
      this.data({ messageKey: 'noPaint', reason: 'noPaint' });
      return undefined;
    }
    const decisive =
      measures.find((m) => m.outcome === false) ?? measures.find((m) => m.outcome === undefined) ?? measures[0]!;
    this.data(decisive.data);
    if (decisive.related?.length) this.relatedNodes(decisive.related);
    return decisive.outcome;
  },
});
