import { vars } from '@elder-ui/tokens';
import { globalStyle, style } from '@vanilla-extract/css';
import { card } from '../card/Card.css';
import { focusRing } from '../internal/focus';
import { component } from '../internal/layer';

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

/** The title's place: the first row, beside the close button. Its look is the kit's title-sized Heading. */
export const title = style(
  component({
    gridColumn: 1,
    gridRow: 1,
    minWidth: 0,
    // Centres the first line of the title on the close button.
    paddingBlockStart: vars.space.xs,
  }),
);

/**
 * The close button's place: the top-right corner (MIIT 2.4: top corners or bottom centre only).
 * It is an IconButton marked as a primary target, so it is at least 44 × 44, 60 × 60 in elder mode.
 */
export const close = style(component({ gridColumn: 2, gridRow: 1, justifySelf: 'end' }));

/** A card on the veil: a column of parts, the title sharing its row with the close button. */
export const content = style([
  card,
  component({
    position: 'relative',
    width: 'min(36rem, 100%)',
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    alignItems: 'start',
    rowGap: vars.space.lg,
    columnGap: vars.target.gap,
    padding: vars.space.xl,
    borderColor: vars.color.border.control,
    selectors: {
      [`&:has(> ${close})`]: { gridTemplateColumns: 'minmax(0, 1fr) auto' },
      '&:focus-visible': focusRing,
      '&:focus:not(:focus-visible)': { outline: 'none' },
    },
  }),
]);

// Every other part takes a whole row of its own.
globalStyle(`${content} > :not(${title}, ${close})`, component({ gridColumn: '1 / -1' }));
