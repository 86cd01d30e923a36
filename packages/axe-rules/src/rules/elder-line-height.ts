import { defaultLineHeight, withDefaults } from '../defaults.ts';
import { isTextField, ownText, round } from '../dom.ts';
import type { LineHeightOptions } from '../types.ts';
import { defineElderRule } from './source.ts';

/**
 * `elder-line-height`: body text (an element with its own visible text, outside headings and
 * controls) has a computed line height of at least `minRatio` × its font size.
 * WCAG 1.4.8 (AAA) asks 1.5 within paragraphs; MIIT 1.2 asks 1.3; ELDER-MODE.md 1.6 in elder mode.
 */
export const elderLineHeight = defineElderRule<LineHeightOptions>({
  id: 'elder-line-height',
  tags: ['elder', 'cat.text', 'wcag2aaa', 'wcag148', 'miit-1.2'],
  impact: 'moderate',
  defaults: defaultLineHeight,
  matches(commons, node, { ignore }) {
    if (isTextField(node) || ownText(node) === '') return false;
    if (ignore && node.closest(ignore)) return false;
    if (parseFloat(getComputedStyle(node).fontSize) < 1) return false;
    return commons.dom.isVisibleOnScreen(node);
  },
  evaluate(_commons, node, options) {
    const { minRatio } = withDefaults(defaultLineHeight, options);
    const style = getComputedStyle(node);
    const fontSize = parseFloat(style.fontSize);
    if (style.lineHeight === 'normal') {
      this.data({ messageKey: 'normal', lineHeight: 'normal', minLineHeight: minRatio });
      // `normal` is about 1.2 in every common font: under any sensible minimum.
      return minRatio <= 1.2;
    }
    const ratio = parseFloat(style.lineHeight) / fontSize;
    this.data({ lineHeight: round(ratio), minLineHeight: minRatio });
    return ratio + 0.005 >= minRatio;
  },
});
