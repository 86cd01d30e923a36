import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { focusRing } from '../internal/focus';
import { component } from '../internal/layer';

/** The list of notifications: bottom centre, above the page, never covering more than it needs. */
export const viewport = style(
  component({
    position: 'fixed',
    insetBlockEnd: vars.space.lg,
    insetInline: vars.space.md,
    zIndex: 1100,
    display: 'flex',
    flexDirection: 'column',
    gap: vars.target.gap,
    maxWidth: '32rem',
    marginBlock: 0,
    marginInline: 'auto',
    padding: 0,
    listStyle: 'none',
    // Only the notifications take pointer events, not the strip of page the list spans.
    pointerEvents: 'none',
    selectors: {
      '&:focus-visible': focusRing,
    },
  }),
);

/** One notification: the tone box, plus what a list item on top of the page needs. */
export const toast = style(
  component({
    pointerEvents: 'auto',
    selectors: {
      // Follows the finger while it swipes the notification away.
      '&[data-swipe="move"]': { transform: 'translateX(var(--radix-toast-swipe-move-x))' },
    },
  }),
);

export const countdown = style(
  component({ margin: 0, fontSize: vars.fontSize.small, lineHeight: vars.lineHeight.body, fontVariantNumeric: 'tabular-nums' }),
);

/** The close button sits at the end of the first line; the words wrap beside it. */
export const close = style(component({ flexShrink: 0 }));
