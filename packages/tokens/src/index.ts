import './themes.css';
import './base.css';

export {
  allThemes,
  contrastSettings,
  contrasts,
  cssVariableName,
  cssVariablePrefix,
  defaultThemeSettings,
  layerNames,
  modes,
  primaryTarget,
  rowTarget,
  schemeSettings,
  schemes,
  targetAttribute,
  themeAttributes,
  themeName,
  themeRootSelector,
  themeSelector,
} from './theme-contract';
export type { Contrast, ContrastSetting, Mode, ResolvedTheme, Scheme, SchemeSetting, ThemeSettings } from './theme-contract';
export { colorLevel, fontFamily, forcedColors, modeTokens, palettes, themeColors } from './values';
export type { ColorLevel, ColorTokens, ModeTokens } from './values';
export { colorAt, contrastPairs, minimumContrast } from './contrast';
export type { ColorPath, ContrastKind, ContrastPair } from './contrast';
export { vars } from './contract.css';
export { layers } from './layers.css';
export { toDesignTokens } from './dtcg';
