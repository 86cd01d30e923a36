import { defaultTextSize, withDefaults } from '../defaults.ts';
import { hasOwnText, round } from '../dom.ts';
import type { TextSizeOptions } from '../types.ts';
import { defineElderRule } from './source.ts';

/**
 * `elder-text-size`: every element that draws visible text (its own text nodes, or a text
 * field's value) has a computed font size of at least `minSize` px. MIIT 1.1 asks ≥ 18 dp
 * for the main text of the elder UI; WCAG sets no minimum size.
 */
export const elderTextSize = defineElderRule<TextSizeOptions>({
  id: 'elder-text-size',
  tags: ['elder', 'cat.text', 'miit-1.1'],
  impact: 'serious',
  defaults: defaultTextSize,
  matches(commons, node) {
    if (!hasOwnText(node)) return false;
    // `font-size: 0` is a hiding technique, not text anyone reads.
    if (parseFloat(getComputedStyle(node).fontSize) < 1) return false;
    return commons.dom.isVisibleOnScreen(node);
  },
  evaluate(_commons, node, options) {
    const { minSize } = withDefaults(defaultTextSize, options);
    const fontSize = parseFloat(getComputedStyle(node).fontSize);
    this.data({ fontSize: round(fontSize), minSize });
    // Sub-pixel tolerance: 1.125rem lays out as 17.9999… in some zoom levels.
    return fontSize + 0.01 >= minSize;
  },
});
