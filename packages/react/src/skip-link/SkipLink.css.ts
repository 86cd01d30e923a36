import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { component } from '../internal/layer';
import { focusRing } from '../internal/focus';
import { hiddenBox } from '../internal/fragments';

/** Out of sight until focused, then a large link in the top-left corner, above everything. */
export const link = style(
  component({
    position: 'fixed',
    insetBlockStart: vars.space.sm,
    insetInlineStart: vars.space.sm,
    zIndex: 1200,
    display: 'inline-flex',
    alignItems: 'center',
    boxSizing: 'border-box',
    minHeight: vars.target.primary,
    paddingInline: vars.space.lg,
    border: `${vars.border.control} solid ${vars.color.border.control}`,
    borderRadius: vars.radius.md,
    backgroundColor: vars.color.bg.canvas,
    color: vars.color.fg.link,
    fontSize: vars.fontSize.action,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.heading,
    textDecoration: 'underline',
    selectors: {
      '&:not(:focus)': { ...hiddenBox, minHeight: 0 },
      '&:focus-visible': focusRing,
    },
  }),
);
