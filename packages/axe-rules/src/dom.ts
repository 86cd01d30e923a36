/** DOM helpers shared by the checks. Everything here needs a real layout engine. */
import { themeAttributes, themeRootSelector } from '@elder-ui/tokens/contract';

/** Elements whose text is never rendered as page text. */
const NON_RENDERED = new Set(['script', 'style', 'template', 'noscript', 'title', 'desc', 'metadata', 'option', 'optgroup', 'head']);

/** Input types that show no text of their own. */
const NON_TEXT_INPUTS = new Set(['hidden', 'checkbox', 'radio', 'range', 'color', 'file', 'image']);

/** Interactive elements, for target size. */
export const INTERACTIVE_SELECTOR = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex^="-"])',
  ...[
    'button',
    'link',
    'checkbox',
    'radio',
    'switch',
    'tab',
    'menuitem',
    'menuitemcheckbox',
    'menuitemradio',
    'option',
    'slider',
    'spinbutton',
    'combobox',
    'textbox',
    'searchbox',
    'treeitem',
  ].map((role) => `[role="${role}"]`),
].join(', ');

/** Controls that act when pressed and are named by their content: what an icon button is. */
export const PRESSABLE_SELECTOR = [
  'a[href]',
  'button',
  'summary',
  'input[type="image"]',
  ...['button', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'option', 'treeitem'].map(
    (role) => `[role="${role}"]`,
  ),
].join(', ');

/** Controls whose boundary (border or fill) identifies them: WCAG 1.4.11 / MIIT 1.3. */
export const BOUNDED_CONTROL_SELECTOR = [
  'input:not([type="hidden"], [type="image"], [type="checkbox"], [type="radio"], [type="range"], [type="color"], [type="file"])',
  'input[type="checkbox"], input[type="radio"]',
  'select',
  'textarea',
  'button',
  ...['button', 'checkbox', 'radio', 'switch', 'textbox', 'searchbox', 'combobox', 'spinbutton', 'slider'].map(
    (role) => `[role="${role}"]`,
  ),
].join(', ');

/** Lower-case tag name. */
export function tagName(el: Element): string {
  return el.localName;
}

/** The element's own (direct) text, whitespace collapsed. */
export function ownText(el: Element): string {
  let text = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether the element's text is rendered at all (not a <script>, <title> in SVG, …). */
export function isRenderedTextContainer(el: Element): boolean {
  return !NON_RENDERED.has(tagName(el));
}

/** A form field or input button whose value is text drawn in the element's own font. */
export function isTextField(el: Element): boolean {
  const tag = tagName(el);
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  return !NON_TEXT_INPUTS.has((el as HTMLInputElement).type);
}

/** Elements that carry visible text of their own: text nodes, or a text field's value. */
export function hasOwnText(el: Element): boolean {
  if (!isRenderedTextContainer(el)) return false;
  return isTextField(el) || ownText(el) !== '';
}

/** Disabled controls are exempt from contrast and target size (WCAG 1.4.3, 2.5.5 notes). */
export function isDisabled(el: Element): boolean {
  return el.matches(':disabled') || el.closest('[aria-disabled="true"]') !== null;
}

/** The mode of the nearest theme scope (the element or an ancestor with the mode attribute), if any. */
function scopeMode(el: Element): string | null {
  return el.closest(themeRootSelector)?.getAttribute(themeAttributes.mode) ?? null;
}

/** Whether the element is inside (or is) an elder-mode scope; nested scopes win. */
export function isInElderMode(el: Element): boolean {
  return scopeMode(el) === 'elder';
}

/**
 * Whether the nearest mode attribute (on the element or an ancestor) says `standard`: a
 * standard-mode part of a page, which elder-mode numbers do not apply to.
 */
export function isInStandardMode(el: Element): boolean {
  return scopeMode(el) === 'standard';
}

/** Whether the user asked for reduced motion. */
export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Parses a CSS time list (`"0.2s, 100ms"`) into milliseconds. */
export function durationsMs(list: string): number[] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (part.endsWith('ms') ? parseFloat(part) : parseFloat(part) * 1000))
    .map((ms) => (Number.isFinite(ms) ? ms : 0));
}

/** Rounds for messages: 2 decimals, no trailing zeros. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A plain rectangle. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** The smallest box around both boxes. */
export function unionBox(a: Box, b: Box): Box {
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  const right = Math.max(a.right, b.right);
  const bottom = Math.max(a.bottom, b.bottom);
  return { left, top, right, bottom, width: right - left, height: bottom - top };
}

/** Whether two boxes overlap or touch (within `gap` px). */
export function boxesTouch(a: Box, b: Box, gap = 1): boolean {
  return a.left <= b.right + gap && b.left <= a.right + gap && a.top <= b.bottom + gap && b.top <= a.bottom + gap;
}

/** Text nodes under `root` with non-blank text, in document order (light DOM only). */
export function textNodesUnder(root: Node, limit = 500): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && out.length < limit; node = walker.nextNode()) {
    if ((node.textContent ?? '').trim() !== '') out.push(node as Text);
  }
  return out;
}

/** CSS `visibility`/`display` allow the element to paint (opacity and clipping are not considered). */
export function isPainted(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true });
  const style = getComputedStyle(el);
  return style.display !== 'none' && style.visibility !== 'hidden';
}
