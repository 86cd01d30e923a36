import Color from 'colorjs.io';

/** The contrast ratio of two computed CSS colours, by colorjs.io's WCAG 2.1 formula. */
export function contrastRatio(foreground: string, background: string): number {
  return new Color(foreground).contrast(new Color(background), 'WCAG21');
}

/** The first non-transparent background colour at or above an element. */
export function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor;
    if (new Color(color).alpha > 0) return color;
  }
  return 'rgb(255, 255, 255)';
}

/** A computed length in CSS px. */
export const px = (value: string) => parseFloat(value);
