import type { ElderCommons } from '../commons.ts';
import { PRESSABLE_SELECTOR, textNodesUnder } from '../dom.ts';
import { defineElderRule } from './source.ts';

/** Elements that draw a picture rather than words. */
const GRAPHIC_SELECTOR = 'svg, img, picture, canvas, video, object, [role="img"]';

/** Icon fonts: a family named like one, or characters from the Private Use Area. */
const ICON_FONT = /icons?\b|symbols|awesome|glyph|icomoon|iconfont/i;
const PRIVATE_USE = /^[\uE000-\uF8FF\s]+$/u;

function hasPseudoIcon(el: Element): boolean {
  return (['::before', '::after'] as const).some((pseudo) => {
    const content = getComputedStyle(el, pseudo).content;
    return content !== 'none' && content !== 'normal' && content !== '""' && content !== "''";
  });
}

/**
 * Visible words inside `root`: text nodes whose element is visible on screen (so a
 * visually-hidden "sr-only" span does not count), outside SVG, and not icon-font glyphs.
 */
function visibleWords(commons: ElderCommons, root: Element): string {
  const words: string[] = [];
  for (const textNode of textNodesUnder(root, 200)) {
    const parent = textNode.parentElement;
    if (!parent || parent.closest('svg')) continue;
    const text = (textNode.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (PRIVATE_USE.test(text) || ICON_FONT.test(getComputedStyle(parent).fontFamily)) continue;
    if (!commons.dom.isVisibleOnScreen(parent)) continue;
    words.push(text);
  }
  return words.join(' ').trim();
}

/** Whether the control draws something that is not text: an image, an SVG, an icon-font glyph. */
function hasGraphic(commons: ElderCommons, control: Element): boolean {
  if (control.localName === 'input') return true; // input[type=image]
  if (getComputedStyle(control).backgroundImage.includes('url(')) return true;
  if (hasPseudoIcon(control)) return true;
  for (const el of Array.from(control.querySelectorAll('*')).slice(0, 200)) {
    if (el.closest('svg') && el.localName !== 'svg') continue;
    const graphic = el.matches(GRAPHIC_SELECTOR) || (el.textContent?.trim() === '' && hasPseudoIcon(el));
    if (graphic && commons.dom.isVisibleOnScreen(el)) return true;
    const own = Array.from(el.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    if (own && (PRIVATE_USE.test(own) || ICON_FONT.test(getComputedStyle(el).fontFamily)) && commons.dom.isVisibleOnScreen(el)) {
      return true;
    }
  }
  return false;
}

/** Visible text of the elements the control's `aria-labelledby` points to, if they are outside it. */
function visibleLabelledByText(commons: ElderCommons, control: Element): string {
  const ids = (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const root = control.getRootNode() as Document | ShadowRoot;
  return ids
    .map((id) => root.getElementById?.(id))
    .filter((el): el is HTMLElement => el != null && !control.contains(el))
    .map((el) => (commons.dom.isVisibleOnScreen(el) ? visibleWords(commons, el) : ''))
    .join(' ')
    .trim();
}

/** Visible words of the `<label>` elements of a labelable control, outside it. */
function visibleLabelText(commons: ElderCommons, control: Element): string {
  const labels = 'labels' in control ? (control as HTMLButtonElement).labels : null;
  return Array.from(labels ?? [])
    .filter((label) => commons.dom.isVisibleOnScreen(label))
    .map((label) => visibleWords(commons, label))
    .join(' ')
    .trim();
}

/**
 * `elder-icon-label`: a control (button, link, tab, menu item…) that shows an icon must also
 * show its name as visible words, inside it or beside it through `aria-labelledby` or a
 * `<label>`; an
 * `aria-label`, `title` or visually hidden text is not enough (ELDER-MODE.md, "Glyphs").
 */
export const elderIconLabel = defineElderRule<Record<string, never>>({
  id: 'elder-icon-label',
  tags: ['elder', 'cat.text-alternatives'],
  impact: 'serious',
  defaults: {},
  matches(commons, node) {
    if (!node.matches(PRESSABLE_SELECTOR)) return false;
    if (node.localName === 'input' && (node as HTMLInputElement).type !== 'image') return false;
    return commons.dom.isVisibleOnScreen(node) && hasGraphic(commons, node);
  },
  evaluate(commons, node) {
    const inside = visibleWords(commons, node);
    if (inside) {
      this.data({ text: inside.slice(0, 80) });
      return true;
    }
    const beside = visibleLabelledByText(commons, node) || visibleLabelText(commons, node);
    if (beside) {
      this.data({ messageKey: 'labelledby', text: beside.slice(0, 80) });
      return true;
    }
    // An image button may show words inside its picture: only a person can tell.
    if (node.localName === 'input') return undefined;
    return false;
  },
});
