import type { AxeCore } from './types.ts';

/** axe's colour object (`axe.commons.color.Color`). */
export interface AxeColor {
  red: number;
  green: number;
  blue: number;
  alpha: number;
  parseString(value: string): AxeColor;
  toHexString(): string;
  getRelativeLuminance(): number;
}

/**
 * The part of `axe.commons` the checks use. axe-core's own typings declare only a few
 * members of `commons`; these signatures follow axe-core 4.10–4.14.
 */
export interface ElderCommons {
  dom: {
    isVisibleOnScreen(node: Element): boolean;
    isInTextBlock(node: Element, options?: { noLengthCompare?: boolean; includeInlineBlock?: boolean }): boolean;
  };
  color: {
    Color: new (red?: number, green?: number, blue?: number, alpha?: number) => AxeColor;
    getBackgroundColor(node: Element, bgNodes?: Element[], shadowOutlineEmMax?: number): AxeColor | null;
    getForegroundColor(node: Element, noScroll?: boolean, bgColor?: AxeColor | null): AxeColor | null;
    getContrast(bgColor: AxeColor, fgColor: AxeColor): number;
    flattenColors(fgColor: AxeColor, bgColor: AxeColor): AxeColor;
    getOwnBackgroundColor(style: CSSStyleDeclaration): AxeColor;
    incompleteData: { get(key: string): string | undefined; clear(): void };
  };
}

/**
 * Returns a getter for the commons of the axe-core that runs the checks. The checks must use
 * the same copy of axe that is running (its virtual tree and caches), so an explicitly given
 * instance wins, and otherwise `globalThis.axe` is looked up when the check runs.
 */
export function commonsResolver(explicit?: AxeCore): () => ElderCommons {
  return () => {
    const instance = explicit ?? (globalThis as { axe?: AxeCore }).axe;
    if (!instance) {
      throw new Error(
        '@elder-ui/axe-rules: no axe-core found. Use registerElderRules(axe) or load axe-core before running the rules.',
      );
    }
    return (instance as unknown as { commons: ElderCommons }).commons;
  };
}
