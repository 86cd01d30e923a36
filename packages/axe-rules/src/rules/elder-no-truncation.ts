import { defaultNoTruncation, withDefaults } from '../defaults.ts';
import { isPainted, textNodesUnder } from '../dom.ts';
import type { NoTruncationOptions } from '../types.ts';
import { defineElderRule } from './source.ts';

/** Elements whose own overflow is not about text (form fields clip by design, media are not text). */
const SKIP = new Set(['html', 'body', 'input', 'textarea', 'select', 'option', 'img', 'svg', 'video', 'canvas', 'iframe', 'object']);

const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
const lineClampOf = (style: CSSStyleDeclaration) => style.getPropertyValue('-webkit-line-clamp') || 'none';

/** The truncation styles in effect on the element, for messages. */
function truncationStyles(style: CSSStyleDeclaration): { ellipsis: boolean; lineClamp: boolean; x: boolean; y: boolean } {
  const x = hides(style.overflowX);
  const y = hides(style.overflowY);
  return {
    x,
    y,
    ellipsis: style.textOverflow.includes('ellipsis') && style.overflowX !== 'visible',
    lineClamp: lineClampOf(style) !== 'none' && (x || y),
  };
}

/**
 * Whether any text this element clips is drawn outside its padding box. Text inside a nearer
 * overflow container belongs to that container (it clips or scrolls it).
 */
function clipsText(el: Element, clipX: boolean, clipY: boolean): boolean {
  const rect = el.getBoundingClientRect();
  const left = rect.left + el.clientLeft;
  const top = rect.top + el.clientTop;
  const right = left + el.clientWidth;
  const bottom = top + el.clientHeight;
  // Vertical layout overflow must exist before glyph boxes are trusted: a glyph's box is
  // taller than a tight line box (line-height 1) without anything being cut.
  const overflowsY = clipY && el.scrollHeight > el.clientHeight + 1;
  const overflowsX = clipX && el.scrollWidth > el.clientWidth + 1;
  if (!overflowsX && !overflowsY) return false;
  const range = document.createRange();
  for (const text of textNodesUnder(el)) {
    const parent = text.parentElement;
    if (!parent || !isPainted(parent)) continue;
    let owner: Element | null = parent;
    while (owner && owner !== el) {
      const s = getComputedStyle(owner);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') break;
      owner = owner.parentElement;
    }
    if (owner !== el) continue;
    range.selectNodeContents(text);
    const fontSize = parseFloat(getComputedStyle(parent).fontSize) || 16;
    const slackY = Math.max(2, fontSize * 0.2);
    for (const r of Array.from(range.getClientRects())) {
      if (r.width === 0 && r.height === 0) continue;
      if (overflowsX && (r.right > right + 1 || r.left < left - 1)) return true;
      if (overflowsY && (r.bottom > bottom + slackY || r.top < top - slackY)) return true;
    }
  }
  return false;
}

/**
 * `elder-no-truncation`: no text is cut off by `text-overflow: ellipsis`, `line-clamp`, or
 * `overflow: hidden | clip` that actually hides part of it; in elder mode text wraps
 * (ELDER-MODE.md, "Type"; WCAG 1.4.4 and 1.4.12 ask for no loss of content). Text styled to
 * truncate that still fits is reported per `latent` (needs review by default).
 */
export const elderNoTruncation = defineElderRule<NoTruncationOptions>({
  id: 'elder-no-truncation',
  tags: ['elder', 'cat.text', 'wcag144', 'wcag1412'],
  impact: 'serious',
  defaults: defaultNoTruncation,
  matches(commons, node) {
    if (SKIP.has(node.localName)) return false;
    const style = getComputedStyle(node);
    const { x, y, ellipsis, lineClamp } = truncationStyles(style);
    if (!x && !y && !ellipsis && !lineClamp) return false;
    if ((node.textContent ?? '').trim() === '') return false;
    return commons.dom.isVisibleOnScreen(node);
  },
  evaluate(_commons, node, options) {
    const { latent } = withDefaults(defaultNoTruncation, options);
    const style = getComputedStyle(node);
    const { x, y, ellipsis, lineClamp } = truncationStyles(style);
    const described = [
      ellipsis && 'text-overflow: ellipsis',
      lineClamp && `line-clamp: ${lineClampOf(style)}`,
      x && `overflow-x: ${style.overflowX}`,
      y && `overflow-y: ${style.overflowY}`,
    ]
      .filter(Boolean)
      .join('; ');
    if (clipsText(node, x || ellipsis, y || lineClamp)) {
      this.data({ messageKey: ellipsis ? 'ellipsis' : lineClamp ? 'lineClamp' : 'default', style: described });
      return false;
    }
    if (ellipsis || lineClamp) {
      this.data({ messageKey: 'latent', style: described });
      return latent === 'pass' ? true : latent === 'fail' ? false : undefined;
    }
    this.data({ style: described });
    return true;
  },
});
