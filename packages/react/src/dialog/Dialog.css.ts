import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { component } from '../internal/layer';
import { elderOnlyInline } from '../internal/mode.css';
import { focusRing } from '../internal/focus';


/** The veil over the page. It also scrolls a dialog taller than the screen, so nothing is ever cut off. */
export const overlay = style(
  component({
    position: 'fixed',
    inset: 0,
    zIndex: 1000,
    display: 'grid',
    placeItems: 'center',
    boxSizing: 'border-box',
    padding: vars.space.md,
    overflowY: 'auto',
    // The page's own background, mostly opaque: dims the page in both schemes without a colour of its own.
    backgroundColor: `color-mix(in srgb, ${vars.color.bg.canvas} 85%, transparent)`,
  }),
);

export const content = style(
  component({
    position: 'relative',
    boxSizing: 'border-box',
    width: 'min(36rem, 100%)',
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.lg,
    padding: vars.space.xl,
    border: `${vars.border.control} solid ${vars.color.border.control}`,
    borderRadius: vars.radius.lg,
    backgroundColor: vars.color.bg.canvas,
    color: vars.color.fg.default,
    fontSize: vars.fontSize.body,
    lineHeight: vars.lineHeight.body,
    overflowWrap: 'anywhere',
    selectors: {
      '&:focus-visible': focusRing,
      '&:focus:not(:focus-visible)': { outline: 'none' },
    },
  }),
);

/** Title on the left, close button in the top-right corner (MIIT 2.4: top corners or bottom centre only). */
export const header = style(
  component({
    display: 'flex',
    alignItems: 'flex-start',
    gap: vars.target.gap,
  }),
);

export const title = style(
  component({
    flex: '1 1 auto',
    minWidth: 0,
    margin: 0,
    // Centres the first line of the title on the close button.
    paddingBlockStart: vars.space.xs,
    fontSize: vars.fontSize.title,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.heading,
  }),
);

export const description = style(
  component({
    margin: 0,
    fontSize: vars.fontSize.body,
    lineHeight: vars.lineHeight.body,
    color: vars.color.fg.default,
  }),
);

export const close = style(
  component({
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: vars.space.xs,
    flexShrink: 0,
    marginInlineStart: 'auto',
    boxSizing: 'border-box',
    // ELDER-MODE.md: the dialog close button is at least 44 × 44, 60 × 60 in elder mode.
    minWidth: vars.target.primary,
    minHeight: vars.target.primary,
    paddingBlock: vars.space.xs,
    paddingInline: vars.space.sm,
    border: `${vars.border.control} solid ${vars.color.border.control}`,
    borderRadius: vars.radius.md,
    backgroundColor: vars.color.bg.canvas,
    color: vars.color.fg.default,
    fontFamily: 'inherit',
    fontSize: vars.fontSize.action,
    fontWeight: vars.fontWeight.medium,
    lineHeight: vars.lineHeight.heading,
    cursor: 'pointer',
    selectors: {
      '&:hover': { backgroundColor: vars.color.bg.subtle },
      '&:focus-visible': focusRing,
    },
  }),
);

/** In elder mode the close icon never stands alone: its word shows beside it. */
export const closeWord = style(component({ display: elderOnlyInline }));

export const body = style(component({ display: 'flex', flexDirection: 'column', gap: vars.space.md }));

export const footer = style(
  component({
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'flex-end',
    gap: vars.target.gap,
  }),
);
