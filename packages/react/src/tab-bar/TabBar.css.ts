import { cssVariableName, layers, vars } from '@elder-ui/tokens';
import { fallbackVar, globalStyle, style } from '@vanilla-extract/css';
import { recipe } from '@vanilla-extract/recipes';
import { focusRingInside } from '../internal/focus';
import { actionText } from '../internal/fragments';
import { component, variantsOf } from '../internal/layer';

/** Where a tab bar can sit. */
const tabBarPositions = ['fixed', 'sticky', 'static'] as const;

/** The root element's custom property that holds the height of the mounted fixed or sticky bar. */
export const heightVariable = cssVariableName(['tabBar', 'height']);

/** An item's least height: a primary target (60 px in elder mode), and never under 48 px. */
const itemHeight = `max(${vars.target.primary}, 3rem)`;

/** The bar's height: measured while it is mounted; before that, a close guess. */
const height = fallbackVar(`var(${heightVariable})`, `calc(${itemHeight} + ${vars.border.control} + env(safe-area-inset-bottom, 0px))`);

// WCAG 2.4.11: focus moved by the keyboard is scrolled into view above the bar, not under it.
// In the components layer, so an app's own scroll padding wins; a page that scrolls inside a
// container of its own gives that container the same padding.
globalStyle(':root', {
  '@layer': { [layers.components]: { scrollPaddingBlockEnd: `var(${heightVariable}, 0px)` } },
});

export const bar = recipe({
  base: component({
    boxSizing: 'border-box',
    zIndex: 900,
    margin: 0,
    backgroundColor: vars.color.bg.canvas,
    color: vars.color.fg.default,
    borderBlockStart: `${vars.border.control} solid ${vars.color.border.divider}`,
    // Clear of the home indicator and rounded corners (with `viewport-fit=cover` in the viewport meta).
    paddingBottom: 'env(safe-area-inset-bottom, 0px)',
    paddingLeft: 'env(safe-area-inset-left, 0px)',
    paddingRight: 'env(safe-area-inset-right, 0px)',
  }),
  variants: {
    position: variantsOf(tabBarPositions, (position) =>
      position === 'static' ? {} : { position, insetInline: 0, insetBlockEnd: 0 },
    ),
  },
});

/** Where a fixed bar is rendered, it keeps its height in the page, so the end of the page scrolls clear of it. */
export const spacer = style(component({ height, flexShrink: 0 }));

export const list = style(component({ display: 'flex', margin: 0, padding: 0, listStyle: 'none' }));

export const listItem = style(component({ display: 'flex', flex: '1 1 0', minWidth: 0 }));

export const item = style(
  component({
    display: 'flex',
    flex: '1 1 auto',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    boxSizing: 'border-box',
    minHeight: itemHeight,
    margin: 0,
    // The heavy bar above gives the room on top.
    paddingBlock: `0 ${vars.space.xs}`,
    paddingInline: vars.focus.width,
    border: 0,
    // The current place carries a heavy bar and bold words, not colour alone.
    borderBlockStart: `calc(${vars.border.control} * 3) solid transparent`,
    backgroundColor: 'transparent',
    color: vars.color.fg.muted,
    ...actionText,
    // Regular until current: the current item's bold weight is one of its cues.
    fontWeight: vars.fontWeight.regular,
    textAlign: 'center',
    textDecoration: 'none',
    // Words wrap, never cut off (ELDER-MODE.md "Type").
    overflowWrap: 'anywhere',
    cursor: 'pointer',
    selectors: {
      '&:hover': { backgroundColor: vars.color.bg.subtle },
      '&[aria-current="page"]': {
        color: vars.color.fg.default,
        fontWeight: vars.fontWeight.bold,
        borderBlockStartColor: vars.color.focus.ring,
      },
      // Inside the item: the bar sits at the screen's edges, which would clip a ring drawn outside.
      '&:focus-visible': focusRingInside(),
    },
    '@media': {
      '(forced-colors: active)': { selectors: { '&[aria-current="page"]': { borderBlockStartColor: 'Highlight' } } },
    },
  }),
);

export const icon = style(component({ display: 'inline-flex', flexShrink: 0, fontSize: vars.icon.size }));

export const label = style(component({ maxWidth: '100%' }));
