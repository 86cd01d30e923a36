import './themes.css';
import './base.css';

export {
  allThemes,
  contrastSettings,
  contrasts,
  cssVariableName,
  cssVariablePrefix,
  defaultTextSize,
  defaultThemeSettings,
  layerNames,
  modes,
  primaryTarget,
  rowTarget,
  schemeSettings,
  schemes,
  targetAttribute,
  textSizeAttribute,
  textSizes,
  themeAttributes,
  themeName,
  themeRootSelector,
  themeSelector,
  themeStorageKey,
} from './theme-contract';
export type {
  Contrast,
  ContrastSetting,
  DisplaySettings,
  Mode,
  ResolvedTheme,
  Scheme,
  SchemeSetting,
  TextSize,
  ThemeSettings,
} from './theme-contract';
export { colorLevel, fontFamily, forcedColors, modeTokens, palettes, themeColors } from './values';
export type { ColorLevel, ColorTokens, ModeTokens } from './values';
export { colorAt, contrastPairs, minimumContrast } from './contrast';
export type { ColorPath, ContrastKind, ContrastPair } from './contrast';
export { vars } from './contract.css';
export { layers } from './layers.css';
export { toDesignTokens } from './dtcg';
