import { vars } from '@elder-ui/tokens';
import { keyframes, style } from '@vanilla-extract/css';
import { recipe, type RecipeVariants } from '@vanilla-extract/recipes';
import { component } from '../internal/layer';
import { byMode } from '../internal/mode.css';
import { focusRing } from '../internal/focus';
import { painted, tone, tones } from '../internal/tone.css';

export const button = recipe({
  base: component({
    ...painted,
    position: 'relative',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: vars.space.sm,
    boxSizing: 'border-box',
    // MIIT 2.1: primary actions are at least 60 × 60 in elder mode; min-* so long text wraps, never clips.
    minHeight: vars.target.primary,
    minWidth: vars.target.primary,
    paddingBlock: vars.space.xs,
    paddingInline: vars.space.lg,
    margin: 0,
    borderRadius: vars.radius.md,
    fontFamily: 'inherit',
    fontSize: vars.fontSize.action,
    fontWeight: vars.fontWeight.medium,
    // Body line height: a label that wraps to two lines stays as easy to read as a paragraph.
    lineHeight: vars.lineHeight.body,
    textAlign: 'center',
    textDecoration: 'none',
    overflowWrap: 'anywhere',
    cursor: 'pointer',
    transitionProperty: 'background-color, border-color',
    transitionDuration: vars.motion.duration,
    transitionTimingFunction: vars.motion.easing,
    selectors: {
      '&:hover:not(:disabled, [aria-disabled="true"])': { backgroundColor: tone.backgroundHover },
      '&:focus-visible': focusRing,
      '&:disabled': {
        cursor: 'not-allowed',
        backgroundColor: vars.color.bg.surface,
        color: vars.color.fg.disabled,
        borderColor: vars.color.border.divider,
      },
      // Loading keeps the label in place (so the width holds and the name is kept) but paints it clear.
      '&[data-loading]': { cursor: 'progress', color: 'transparent' },
    },
  }),
  variants: {
    tone: {
      primary: component(tones.primary),
      secondary: component(tones.secondary),
      danger: component(tones.danger),
    },
    fullWidth: {
      true: component({ width: '100%' }),
      false: {},
    },
  },
  defaultVariants: { tone: 'primary', fullWidth: false },
});

export type ButtonVariants = NonNullable<RecipeVariants<typeof button>>;

export const icon = style(
  component({
    display: 'inline-flex',
    flexShrink: 0,
    width: '1.25em',
    height: '1.25em',
    alignItems: 'center',
    justifyContent: 'center',
  }),
);

const spin = keyframes({ to: { transform: 'rotate(360deg)' } });

export const spinner = style(
  component({
    position: 'absolute',
    insetBlockStart: '50%',
    insetInlineStart: '50%',
    width: '1.25em',
    height: '1.25em',
    marginBlockStart: '-0.625em',
    marginInlineStart: '-0.625em',
    boxSizing: 'border-box',
    borderRadius: vars.radius.full,
    border: `0.1875em solid ${tone.foreground}`,
    borderInlineEndColor: 'transparent',
    // Elder mode has no motion; the still ring and the announcement still say "busy".
    animation: byMode(`${spin} 0.9s linear infinite`, 'none'),
    '@media': {
      '(prefers-reduced-motion: reduce)': { animation: 'none' },
      '(forced-colors: active)': { borderColor: 'CanvasText', borderInlineEndColor: 'transparent' },
    },
  }),
);
