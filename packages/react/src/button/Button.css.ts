import { primaryTarget, targetAttribute, vars } from '@elder-ui/tokens';
import { keyframes, style } from '@vanilla-extract/css';
import { recipe } from '@vanilla-extract/recipes';
import { focusRing } from '../internal/focus';
import { actionText, hoverMotion, primaryTargetBox } from '../internal/fragments';
import { component, variantsOf } from '../internal/layer';
import { byMode } from '../internal/mode.css';
import { painted, tone, tones } from '../internal/tone.css';

/** The tones a button comes in. */
export const buttonTones = ['primary', 'secondary', 'danger'] as const;

/**
 * Marks a primary button for the elder rules, which hold it to the 60 px primary target. Read
 * from the theme contract here, at build time, so the contract module stays out of the
 * button's bundle (its size budget is tight).
 */
export const primaryTargetMarker = { [targetAttribute]: primaryTarget } as const;

export const button = recipe({
  base: component({
    ...painted,
    // A native <button> centres its content in both directions as an inline-block, which lays
    // out far cheaper than a flex box: on a page of 1000 Buttons the elder switch relays out
    // every one. A link (asChild) has no such centring, so it keeps the flex box.
    display: 'inline-block',
    ...primaryTargetBox,
    borderRadius: vars.radius.md,
    ...actionText,
    textAlign: 'center',
    textDecoration: 'none',
    // Never wider than its container; a word longer than that breaks rather than overflow.
    // Not `overflow-wrap: anywhere`, which also shrinks the button's min-content width and
    // makes every layout of it costlier.
    maxWidth: '100%',
    overflowWrap: 'break-word',
    cursor: 'pointer',
    selectors: {
      '&:not(button)': { display: 'inline-flex', alignItems: 'center', justifyContent: 'center' },
      '&:hover:not(:disabled, [aria-disabled="true"])': { ...hoverMotion, backgroundColor: tone.backgroundHover },
      // Positioned while focused, so the ring paints above the boxes next to it, as a
      // positioned box does; at rest a Button is not positioned (see `&[data-loading]`).
      '&:focus-visible': { ...focusRing, position: 'relative' },
      '&:disabled': {
        cursor: 'not-allowed',
        backgroundColor: vars.color.bg.surface,
        color: vars.color.fg.disabled,
        borderColor: vars.color.border.divider,
      },
      // Loading keeps the label in place (so the width holds and the name is kept) but paints it
      // clear. Positioned only then, for the spinner: a positioned box is a paint layer of its
      // own, and a page of Buttons at rest needs none.
      '&[data-loading]': { position: 'relative', cursor: 'progress', color: 'transparent' },
    },
  }),
  // No defaultVariants: Button's props hold the defaults, once.
  variants: {
    tone: variantsOf(buttonTones, (name) => tones[name]),
    fullWidth: { true: component({ width: '100%' }) },
  },
});

export const icon = style(
  component({
    display: 'inline-flex',
    flexShrink: 0,
    width: '1.25em',
    height: '1.25em',
    alignItems: 'center',
    justifyContent: 'center',
    // Centred on the words' line, with the kit's small gap before them.
    verticalAlign: 'middle',
    marginInlineEnd: vars.space.sm,
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
