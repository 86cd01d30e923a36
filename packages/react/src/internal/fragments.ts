import { vars } from '@elder-ui/tokens';

/*
 * Style fragments that several components share, spread into `component()` rules in `.css.ts`
 * files: each setting is written once, so a target size or a text setting cannot drift apart
 * between the components that promise it.
 */

/** Running text as ELDER-MODE.md "Type" sets it: body size and line height; long words wrap, never clip. */
export const bodyText = {
  fontSize: vars.fontSize.body,
  lineHeight: vars.lineHeight.body,
  overflowWrap: 'anywhere',
} as const;

/**
 * The words of a pressable control: main action text (22 px in elder mode). Body line height,
 * so a label that wraps stays as easy to read as a paragraph; `font-family: inherit` because
 * form controls do not inherit the page's font.
 */
export const actionText = {
  fontFamily: 'inherit',
  fontSize: vars.fontSize.action,
  fontWeight: vars.fontWeight.medium,
  lineHeight: vars.lineHeight.body,
} as const;

/**
 * A control at least as large as a primary target in both directions (60 × 60 in elder mode,
 * MIIT 2.1); `min-*`, so long text wraps and the control grows, never clips.
 */
export const primaryTargetBox = {
  boxSizing: 'border-box',
  minHeight: vars.target.primary,
  minWidth: vars.target.primary,
  paddingBlock: vars.space.xs,
  paddingInline: vars.space.lg,
  margin: 0,
} as const;

/** A framed column of running text on the page's background: cards and dialogs. */
export const surface = {
  display: 'flex',
  flexDirection: 'column',
  boxSizing: 'border-box',
  borderRadius: vars.radius.lg,
  backgroundColor: vars.color.bg.canvas,
  color: vars.color.fg.default,
  ...bodyText,
} as const;

/**
 * Takes an element out of sight while keeping it in the accessibility tree; the caller
 * positions it (`absolute` for VisuallyHidden, `fixed` for a skip link out of focus).
 */
export const hiddenBox = {
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/**
 * The fade of a control's hover colour, for its hover state only: the colour fades in, and
 * snaps back when the pointer leaves. A transition declared at rest would also be one a theme
 * change could start, and stilling it for the change costs every control on the page style
 * work (see `theme/theme-change.css.ts`). Elder mode and reduced motion set the duration to 0.
 */
export const hoverMotion = {
  transitionProperty: 'background-color, border-color',
  transitionDuration: vars.motion.duration,
  transitionTimingFunction: vars.motion.easing,
} as const;
