import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { component } from '../internal/layer';
import { focusRing } from '../internal/focus';

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
      '&:not(:focus)': {
        width: '1px',
        height: '1px',
        minHeight: 0,
        padding: 0,
        margin: '-1px',
        overflow: 'hidden',
        clip: 'rect(0, 0, 0, 0)',
        whiteSpace: 'nowrap',
        border: 0,
      },
      '&:focus-visible': focusRing,
    },
  }),
);
