import { allThemes, themeAttributes, themeName } from './theme-contract';
import { fontFamily, modeTokens, themeColors } from './values';

/** A W3C Design Tokens Community Group token or group. */
export type DesignTokenNode = { [key: string]: DesignTokenNode | string | number | object };

const typeOfGroup: Record<string, string> = {
  fontSize: 'dimension',
  space: 'dimension',
  radius: 'dimension',
  focus: 'dimension',
  border: 'dimension',
  icon: 'dimension',
  paragraphSpacing: 'dimension',
  lineHeight: 'number',
  fontWeight: 'fontWeight',
  motion: 'duration',
};

function tokensOf(value: object, type: string): DesignTokenNode {
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (typeof inner !== 'string') return [key, tokensOf(inner as object, type)];
      const tokenType = key === 'easing' ? 'cubicBezier' : type;
      // Target sizes keep a px floor for the tools that read them: MIIT counts in dp.
      const floor = /^max\((\d+)px/.exec(inner)?.[1];
      const $value = floor ? `${floor}px` : tokenType === 'number' || tokenType === 'fontWeight' ? Number(inner) : inner;
      return [key, { $type: tokenType, $value, ...(floor ? { $extensions: { 'org.elder-ui.css': inner } } : {}) }];
    }),
  );
}

/**
 * All eight themes as W3C Design Tokens (DTCG format), one top-level group a
 * theme, named `mode-scheme-contrast`, for designers' tools.
 */
export function toDesignTokens(): DesignTokenNode {
  const themes = allThemes.map((theme) => {
    const sizes = modeTokens[theme.mode];
    const groups = Object.fromEntries(
      Object.entries(sizes).map(([group, value]) => [
        group,
        typeof value === 'string' ? tokensOf({ value }, typeOfGroup[group] ?? 'dimension')['value']! : tokensOf(value, typeOfGroup[group] ?? 'dimension'),
      ]),
    );
    const node: DesignTokenNode = {
      $description: `Elder UI, ${theme.mode} mode, ${theme.scheme} scheme, ${theme.contrast} contrast`,
      $extensions: {
        'org.elder-ui.attributes': {
          [themeAttributes.mode]: theme.mode,
          [themeAttributes.scheme]: theme.scheme,
          [themeAttributes.contrast]: theme.contrast,
        },
      },
      font: { family: { sans: { $type: 'fontFamily', $value: fontFamily.sans.split(', ').map((f) => f.replaceAll('"', '')) } } },
      color: tokensOf(themeColors(theme), 'color'),
      ...groups,
    };
    return [themeName(theme), node];
  });
  return Object.fromEntries(themes);
}
