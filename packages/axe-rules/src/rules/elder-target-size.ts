import { defaultTargetSize, withDefaults } from '../defaults.ts';
import { type Box, boxesTouch, INTERACTIVE_SELECTOR, isDisabled, round, unionBox } from '../dom.ts';
import type { TargetSizeOptions } from '../types.ts';
import { defineElderRule } from './source.ts';

/**
 * A checkbox, radio or switch, native or drawn with ARIA roles on a labelable element
 * (a `<button role="radio">`, as Radix renders): its labels are part of its hit area
 * (ELDER-MODE.md, "Targets").
 */
function isToggle(node: Element): node is HTMLInputElement | HTMLButtonElement {
  if (node.localName === 'input') return ['checkbox', 'radio'].includes((node as HTMLInputElement).type);
  return node.localName === 'button' && ['checkbox', 'radio', 'switch'].includes(node.getAttribute('role') ?? '');
}

function labelsOf(node: Element): HTMLLabelElement[] {
  return isToggle(node) && node.labels ? Array.from(node.labels) : [];
}

function toBox(rect: DOMRect): Box {
  const { left, top, right, bottom, width, height } = rect;
  return { left, top, right, bottom, width, height };
}

/**
 * The boxes a pointer can hit to operate the element: its own rendered box and, for a
 * checkbox or radio, each associated <label> (wrapping or `for=`) and the label and control
 * together when they touch.
 */
function hitBoxes(node: Element): { box: Box; viaLabel: boolean }[] {
  const own = toBox(node.getBoundingClientRect());
  const boxes = [{ box: own, viaLabel: false }];
  for (const label of labelsOf(node)) {
    const labelBox = toBox(label.getBoundingClientRect());
    if (labelBox.width === 0 || labelBox.height === 0) continue;
    boxes.push({ box: labelBox, viaLabel: true });
    if (boxesTouch(own, labelBox)) boxes.push({ box: unionBox(own, labelBox), viaLabel: true });
  }
  return boxes;
}

/**
 * `elder-target-size`: every interactive element's hit area is at least `minSize` square, and
 * primary actions and list rows (`primarySelector`, by default the kit's primary-target or
 * list-row marker on the interactive element) at least `primaryMinSize`. Measured on the rendered box;
 * a checkbox or radio counts its label. WCAG 2.5.5 (AAA) asks 44; MIIT 2.1 asks 60 in elder mode.
 */
export const elderTargetSize = defineElderRule<TargetSizeOptions>({
  id: 'elder-target-size',
  tags: ['elder', 'cat.sensory-and-visual-cues', 'wcag2aaa', 'wcag255', 'miit-2.1'],
  impact: 'serious',
  defaults: defaultTargetSize,
  matches(commons, node) {
    if (!node.matches(INTERACTIVE_SELECTOR) || isDisabled(node)) return false;
    if (commons.dom.isVisibleOnScreen(node)) return true;
    // A visually hidden checkbox drawn by its label (a common custom-checkbox pattern) is
    // still a target: the label is what people press.
    return labelsOf(node).some((label) => commons.dom.isVisibleOnScreen(label));
  },
  evaluate(commons, node, options) {
    const { minSize, primaryMinSize, primarySelector, exemptInline } = withDefaults(defaultTargetSize, options);
    const primary = Boolean(primarySelector) && node.matches(primarySelector);
    const min = primary ? primaryMinSize : minSize;
    const isLink = node.localName === 'a' || node.getAttribute('role') === 'link';
    if (exemptInline && !primary && isLink && commons.dom.isInTextBlock(node)) {
      this.data({ messageKey: 'inline', minSize: min });
      return true;
    }
    // The box that comes closest to the minimum on its weaker side decides.
    const score = ({ box }: { box: Box }) => Math.min(box.width / min, box.height / min);
    const best = hitBoxes(node).reduce((a, b) => (score(b) > score(a) ? b : a));
    // Layout rounds to 1/64 px: 3rem may measure 47.984375.
    const pass = best.box.width + 0.05 >= min && best.box.height + 0.05 >= min;
    this.data({
      messageKey: pass ? (best.viaLabel ? 'label' : 'default') : primary ? 'primary' : 'default',
      width: round(best.box.width, 1),
      height: round(best.box.height, 1),
      minSize: min,
      primary,
    });
    return pass;
  },
});
