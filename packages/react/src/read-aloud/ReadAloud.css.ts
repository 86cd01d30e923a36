import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { bodyText } from '../internal/fragments';
import { component } from '../internal/layer';

/** The region: its controls, then its content. */
export const region = style(component({ display: 'block' }));

/** The button and the line beside it, which says which sentence is being read, or why it cannot. */
export const controls = style(
  component({
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: vars.space.md,
    rowGap: vars.space.xs,
  }),
);

/** In a region, the controls sit above the content. */
export const regionControls = style(component({ marginBlockEnd: vars.space.md }));

/**
 * "Listen" and "Stop" stacked in one cell, one of them hidden: the button is as wide as the
 * wider word from the start, so nothing moves when reading starts.
 */
export const labels = style(component({ display: 'inline-grid', minWidth: 0 }));

export const label = style(
  component({
    gridArea: '1 / 1',
    // A long word ("Dengarkan" at 200 % text on a 320 px phone) wraps rather than push the page wider.
    minWidth: 0,
    selectors: { '&[aria-hidden="true"]': { visibility: 'hidden' } },
  }),
);

/** The line beside the button: the longest progress text is laid out (hidden) in it from the start. */
export const status = style(
  component({
    ...bodyText,
    display: 'inline-grid',
    color: vars.color.fg.muted,
    fontVariantNumeric: 'tabular-nums',
  }),
);

export const statusText = style(
  component({
    gridArea: '1 / 1',
    selectors: { '&[aria-hidden="true"]': { visibility: 'hidden' } },
  }),
);
