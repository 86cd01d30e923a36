import type { Contrast, Mode, ResolvedTheme, Scheme } from './theme-contract';

/**
 * Raw token values, as plain typed data. The numbers come from ELDER-MODE.md;
 * the CSS in `themes.css.ts` and the DTCG export are both generated from here.
 */

/** Font stacks. CJK faces sit in every stack so Chinese text never falls back to a serif. */
export const fontFamily = {
  sans: [
    'system-ui',
    '-apple-system',
    '"Segoe UI"',
    'Roboto',
    '"Noto Sans"',
    '"Noto Sans CJK SC"',
    '"PingFang SC"',
    '"Microsoft YaHei"',
    '"Noto Sans CJK TC"',
    '"PingFang TC"',
    '"Microsoft JhengHei"',
    'sans-serif',
  ].join(', '),
} as const;

/** Everything that changes with the mode axis: type, targets, spacing, focus and motion. */
export interface ModeTokens {
  fontSize: {
    /** The smallest text allowed anywhere. */
    small: string;
    body: string;
    /** Buttons, list rows, field labels. */
    action: string;
    title: string;
    heading: string;
    /** The largest heading. */
    display: string;
  };
  lineHeight: { body: string; heading: string };
  fontWeight: { regular: string; medium: string; bold: string };
  /** Paragraph spacing, ≥ 1.3 × the body line height. */
  paragraphSpacing: string;
  target: {
    /** Any interactive target. */
    control: string;
    /** Primary actions and list rows. */
    primary: string;
    /** The gap between adjacent targets. */
    gap: string;
  };
  space: { xs: string; sm: string; md: string; lg: string; xl: string; xxl: string };
  radius: { sm: string; md: string; lg: string; full: string };
  focus: { width: string; offset: string };
  border: { control: string };
  icon: { size: string };
  motion: { duration: string; easing: string };
}

const rem = (px: number) => `${px / 16}rem`;
/** A target never smaller than the spec in CSS px, and larger when the user's text size grows. */
const target = (px: number) => `max(${px}px, ${rem(px)})`;

/** Values per mode. */
export const modeTokens: Record<Mode, ModeTokens> = {
  standard: {
    fontSize: {
      small: rem(14),
      body: rem(16),
      action: rem(16),
      title: rem(20),
      heading: rem(24),
      display: rem(32),
    },
    lineHeight: { body: '1.5', heading: '1.3' },
    fontWeight: { regular: '400', medium: '500', bold: '700' },
    paragraphSpacing: '1.95em',
    target: { control: target(44), primary: target(44), gap: rem(8) },
    space: { xs: rem(4), sm: rem(8), md: rem(12), lg: rem(16), xl: rem(24), xxl: rem(32) },
    radius: { sm: rem(4), md: rem(8), lg: rem(12), full: '9999px' },
    focus: { width: '3px', offset: '2px' },
    border: { control: '1px' },
    icon: { size: rem(20) },
    motion: { duration: '150ms', easing: 'cubic-bezier(0.2, 0, 0, 1)' },
  },
  elder: {
    fontSize: {
      small: rem(18),
      body: rem(20),
      action: rem(22),
      title: rem(24),
      heading: rem(28),
      display: rem(32),
    },
    lineHeight: { body: '1.6', heading: '1.35' },
    fontWeight: { regular: '400', medium: '600', bold: '700' },
    paragraphSpacing: '2.08em',
    target: { control: target(48), primary: target(60), gap: rem(12) },
    space: { xs: rem(6), sm: rem(12), md: rem(16), lg: rem(20), xl: rem(28), xxl: rem(40) },
    radius: { sm: rem(6), md: rem(10), lg: rem(14), full: '9999px' },
    focus: { width: '4px', offset: '2px' },
    border: { control: '2px' },
    icon: { size: rem(28) },
    // Elder mode has no decorative motion at all (ELDER-MODE.md, "Motion and time").
    motion: { duration: '0ms', easing: 'linear' },
  },
};

/** Semantic colours. Every theme sets every one of them. */
export interface ColorTokens {
  bg: { canvas: string; surface: string; subtle: string };
  fg: { default: string; muted: string; link: string; danger: string; success: string; disabled: string };
  border: { control: string; divider: string };
  icon: { default: string };
  focus: { ring: string };
  primary: { bg: string; bgHover: string; fg: string };
  secondary: { bg: string; bgHover: string; fg: string; border: string };
  danger: { bg: string; bgHover: string; fg: string };
  info: { bg: string; fg: string; border: string };
  success: { bg: string; fg: string; border: string };
  warning: { bg: string; fg: string; border: string };
  critical: { bg: string; fg: string; border: string };
}

/**
 * Three colour levels per scheme. `standard` meets WCAG AA, `elder` meets the
 * elder table (text 7:1, non-text 4.5:1), `high` goes as far as the screen allows.
 */
export type ColorLevel = 'standard' | 'elder' | 'high';

/** The colour level a concrete theme uses: high contrast wins over the mode. */
export function colorLevel(mode: Mode, contrast: Contrast): ColorLevel {
  if (contrast === 'high') return 'high';
  return mode === 'elder' ? 'elder' : 'standard';
}

/** Colour values per scheme and level. */
export const palettes: Record<Scheme, Record<ColorLevel, ColorTokens>> = {
  light: {
    standard: {
      bg: { canvas: '#ffffff', surface: '#f5f7fa', subtle: '#e9edf2' },
      fg: {
        default: '#1a1d23',
        muted: '#4a5260',
        link: '#0a56c2',
        danger: '#b3261e',
        success: '#146c2e',
        disabled: '#5f6774',
      },
      border: { control: '#6b7380', divider: '#d0d5dd' },
      icon: { default: '#3d4450' },
      focus: { ring: '#0a56c2' },
      primary: { bg: '#0a56c2', bgHover: '#0847a0', fg: '#ffffff' },
      secondary: { bg: '#ffffff', bgHover: '#e9edf2', fg: '#0a56c2', border: '#0a56c2' },
      danger: { bg: '#b3261e', bgHover: '#8c1d18', fg: '#ffffff' },
      info: { bg: '#e8f0fe', fg: '#0b3d91', border: '#1b6ad6' },
      success: { bg: '#e6f4ea', fg: '#0d5223', border: '#1e8e3e' },
      warning: { bg: '#fef7e0', fg: '#6b4200', border: '#a86d00' },
      critical: { bg: '#fce8e6', fg: '#8c1d18', border: '#c5221f' },
    },
    elder: {
      bg: { canvas: '#ffffff', surface: '#f5f7fa', subtle: '#e9edf2' },
      fg: {
        default: '#111318',
        muted: '#363c46',
        link: '#0842a0',
        danger: '#8c1d18',
        success: '#0d5223',
        disabled: '#434a55',
      },
      border: { control: '#4a5260', divider: '#98a0ad' },
      icon: { default: '#2b3038' },
      focus: { ring: '#0842a0' },
      primary: { bg: '#0842a0', bgHover: '#06337d', fg: '#ffffff' },
      secondary: { bg: '#ffffff', bgHover: '#e9edf2', fg: '#0842a0', border: '#0842a0' },
      danger: { bg: '#8c1d18', bgHover: '#6e1713', fg: '#ffffff' },
      info: { bg: '#e8f0fe', fg: '#08306f', border: '#0b57d0' },
      success: { bg: '#e6f4ea', fg: '#0a4119', border: '#137333' },
      warning: { bg: '#fef7e0', fg: '#4d2f00', border: '#7a4f00' },
      critical: { bg: '#fce8e6', fg: '#6e1713', border: '#a8201a' },
    },
    high: {
      bg: { canvas: '#ffffff', surface: '#ffffff', subtle: '#eeeeee' },
      fg: {
        default: '#000000',
        muted: '#1f2329',
        link: '#00307a',
        danger: '#7a0c07',
        success: '#073b15',
        disabled: '#2e333a',
      },
      border: { control: '#000000', divider: '#000000' },
      icon: { default: '#000000' },
      focus: { ring: '#000000' },
      primary: { bg: '#00307a', bgHover: '#001f52', fg: '#ffffff' },
      secondary: { bg: '#ffffff', bgHover: '#eeeeee', fg: '#00307a', border: '#000000' },
      danger: { bg: '#7a0c07', bgHover: '#520804', fg: '#ffffff' },
      info: { bg: '#ffffff', fg: '#00307a', border: '#00307a' },
      success: { bg: '#ffffff', fg: '#073b15', border: '#073b15' },
      warning: { bg: '#ffffff', fg: '#3d2500', border: '#3d2500' },
      critical: { bg: '#ffffff', fg: '#7a0c07', border: '#7a0c07' },
    },
  },
  dark: {
    standard: {
      bg: { canvas: '#121417', surface: '#1b1e23', subtle: '#262a31' },
      fg: {
        default: '#eceff3',
        muted: '#aeb5c0',
        link: '#8ab4f8',
        danger: '#f2b8b5',
        success: '#81c995',
        disabled: '#9aa1ac',
      },
      border: { control: '#8b93a0', divider: '#3a3f47' },
      icon: { default: '#c4c9d1' },
      focus: { ring: '#8ab4f8' },
      primary: { bg: '#8ab4f8', bgHover: '#a8c7fa', fg: '#0b1d3d' },
      secondary: { bg: '#121417', bgHover: '#262a31', fg: '#8ab4f8', border: '#8ab4f8' },
      danger: { bg: '#f2b8b5', bgHover: '#f6cfcd', fg: '#4a0f0b' },
      info: { bg: '#0f2547', fg: '#d3e3fd', border: '#8ab4f8' },
      success: { bg: '#0f2e1a', fg: '#c4eed0', border: '#81c995' },
      warning: { bg: '#332400', fg: '#fde293', border: '#fdd663' },
      critical: { bg: '#3c1411', fg: '#f9dedc', border: '#f2b8b5' },
    },
    elder: {
      bg: { canvas: '#0b0c0e', surface: '#15171b', subtle: '#22252b' },
      fg: {
        default: '#ffffff',
        muted: '#cdd2da',
        link: '#a8c7fa',
        danger: '#f6cfcd',
        success: '#a8dab5',
        disabled: '#bcc2cc',
      },
      border: { control: '#aab1bc', divider: '#5c636e' },
      icon: { default: '#dde1e7' },
      focus: { ring: '#a8c7fa' },
      primary: { bg: '#a8c7fa', bgHover: '#c2d7fb', fg: '#041e49' },
      secondary: { bg: '#0b0c0e', bgHover: '#22252b', fg: '#a8c7fa', border: '#a8c7fa' },
      danger: { bg: '#f6cfcd', bgHover: '#f9dedc', fg: '#410e0b' },
      info: { bg: '#0c1e3b', fg: '#e3ecfd', border: '#a8c7fa' },
      success: { bg: '#0b2614', fg: '#d5f2dd', border: '#a8dab5' },
      warning: { bg: '#2b1e00', fg: '#feefc3', border: '#fdd663' },
      critical: { bg: '#33100d', fg: '#fce8e6', border: '#f6cfcd' },
    },
    high: {
      bg: { canvas: '#000000', surface: '#000000', subtle: '#1a1a1a' },
      fg: {
        default: '#ffffff',
        muted: '#e8e8e8',
        link: '#cfe0ff',
        danger: '#ffd7d4',
        success: '#c8f5d4',
        disabled: '#d6d6d6',
      },
      border: { control: '#ffffff', divider: '#ffffff' },
      icon: { default: '#ffffff' },
      focus: { ring: '#ffd500' },
      primary: { bg: '#cfe0ff', bgHover: '#ffffff', fg: '#000000' },
      secondary: { bg: '#000000', bgHover: '#1a1a1a', fg: '#cfe0ff', border: '#ffffff' },
      danger: { bg: '#ffd7d4', bgHover: '#ffffff', fg: '#000000' },
      info: { bg: '#000000', fg: '#cfe0ff', border: '#cfe0ff' },
      success: { bg: '#000000', fg: '#c8f5d4', border: '#c8f5d4' },
      warning: { bg: '#000000', fg: '#ffe9a8', border: '#ffe9a8' },
      critical: { bg: '#000000', fg: '#ffd7d4', border: '#ffd7d4' },
    },
  },
};

/** The colour tokens of one concrete theme. */
export function themeColors({ mode, scheme, contrast }: ResolvedTheme): ColorTokens {
  return palettes[scheme][colorLevel(mode, contrast)];
}

/**
 * Windows High Contrast (`forced-colors: active`): the browser repaints with
 * system colours, so the tokens name them too and outlines stay visible.
 */
export const forcedColors: ColorTokens = {
  bg: { canvas: 'Canvas', surface: 'Canvas', subtle: 'Canvas' },
  fg: {
    default: 'CanvasText',
    muted: 'CanvasText',
    link: 'LinkText',
    danger: 'CanvasText',
    success: 'CanvasText',
    disabled: 'GrayText',
  },
  border: { control: 'ButtonText', divider: 'CanvasText' },
  icon: { default: 'CanvasText' },
  focus: { ring: 'Highlight' },
  primary: { bg: 'ButtonFace', bgHover: 'ButtonFace', fg: 'ButtonText' },
  secondary: { bg: 'ButtonFace', bgHover: 'ButtonFace', fg: 'ButtonText', border: 'ButtonText' },
  danger: { bg: 'ButtonFace', bgHover: 'ButtonFace', fg: 'ButtonText' },
  info: { bg: 'Canvas', fg: 'CanvasText', border: 'CanvasText' },
  success: { bg: 'Canvas', fg: 'CanvasText', border: 'CanvasText' },
  warning: { bg: 'Canvas', fg: 'CanvasText', border: 'CanvasText' },
  critical: { bg: 'Canvas', fg: 'CanvasText', border: 'CanvasText' },
};
