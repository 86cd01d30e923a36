import { primaryTarget, targetAttribute, vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { component } from '../internal/layer';

/**
 * The input and its search icon, stacked in one grid cell so the icon sits inside the input's start.
 * It takes the row's room; the clear button wraps under it when the column is narrow.
 */
export const box = style(
  component({
    display: 'grid',
    flex: '1 1 12em',
    minWidth: 0,
  }),
);

/** Added to the field control box: a search input with room at its start for the icon. */
export const input = style(
  component({
    gridArea: '1 / 1',
    // Safari keeps its rounded search look, and ignores padding, unless the native appearance is off.
    appearance: 'none',
    paddingInlineStart: `calc(${vars.space.sm} * 2 + ${vars.icon.size})`,
    selectors: {
      [`&[${targetAttribute}="${primaryTarget}"]`]: { minHeight: vars.target.primary },
      // The kit's clear button, in words in elder mode, is the one clear control: the browser's own small cross goes.
      '&::-webkit-search-cancel-button': { appearance: 'none', display: 'none' },
      '&::-webkit-search-decoration': { appearance: 'none' },
    },
  }),
);

export const icon = style(
  component({
    gridArea: '1 / 1',
    alignSelf: 'center',
    justifySelf: 'start',
    display: 'inline-flex',
    marginInlineStart: `calc(${vars.space.sm} + ${vars.border.control})`,
    fontSize: vars.icon.size,
    color: vars.color.icon.default,
    // Presses go through to the input.
    pointerEvents: 'none',
    selectors: {
      [`${box}:has(> :disabled) &`]: { color: vars.color.fg.disabled },
    },
  }),
);
