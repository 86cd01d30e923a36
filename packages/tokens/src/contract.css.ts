import { createGlobalThemeContract } from '@vanilla-extract/css';
import { cssVariableName } from './theme-contract';
import { fontFamily, modeTokens, palettes, type ColorTokens, type ModeTokens } from './values';

type Shape<T> = { [K in keyof T]: T[K] extends string ? null : Shape<T[K]> };

function shapeOf<T extends object>(value: T): Shape<T> {
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, typeof inner === 'string' ? null : shapeOf(inner as object)]),
  ) as Shape<T>;
}

/**
 * The token contract: every design value the kit uses, as a CSS custom property
 * with a stable public name (`--eui-color-fg-default`, `--eui-font-size-body`, …),
 * so that apps and non-JavaScript tools can read and override them.
 */
export const vars = createGlobalThemeContract(
  {
    font: { family: shapeOf(fontFamily) },
    color: shapeOf<ColorTokens>(palettes.light.standard),
    ...shapeOf<ModeTokens>(modeTokens.standard),
  },
  (_value, path) => cssVariableName(path).slice(2),
);
