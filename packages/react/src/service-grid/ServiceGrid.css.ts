import { vars } from '@elder-ui/tokens';
import { createVar, style, type StyleRule } from '@vanilla-extract/css';
import { recipe } from '@vanilla-extract/recipes';
import { focusRing } from '../internal/focus';
import { actionText, hoverMotion } from '../internal/fragments';
import { component } from '../internal/layer';
import { byMode } from '../internal/mode.css';

/** How many tiles an elder-mode row may hold. */
export const serviceGridElderColumns = [2, 3] as const;

/** Tiles per row where there is room: four in standard mode, the chosen count in elder mode. */
const columns = createVar();
const gap = vars.target.gap;

export const grid = recipe({
  base: component({
    display: 'grid',
    // `columns` tracks where the row has room for them; each track is at least a target wide,
    // so a narrow screen or a large text size gets fewer tiles to a row, never sideways scrolling
    // (WCAG 1.4.10). Half a pixel less, so rounding never costs the last track of a full row.
    gridTemplateColumns: `repeat(auto-fill, minmax(max(${vars.target.primary}, calc((100% - (${columns} - 1) * ${gap}) / ${columns} - 0.5px)), 1fr))`,
    gap,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  }),
  variants: {
    elderColumns: Object.fromEntries(
      serviceGridElderColumns.map((count) => [count, component({ vars: { [columns]: byMode('4', String(count)) } })]),
    ) as Record<(typeof serviceGridElderColumns)[number], StyleRule>,
  },
});

export const item = style(component({ display: 'flex', minWidth: 0 }));

/** The whole tile is one target, a primary one: at least 60 × 60 px in elder mode (MIIT 2.1). */
export const tile = style(
  component({
    display: 'flex',
    flex: '1 1 auto',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'flex-start',
    gap: vars.space.xs,
    boxSizing: 'border-box',
    minWidth: vars.target.primary,
    minHeight: vars.target.primary,
    margin: 0,
    paddingBlock: vars.space.sm,
    paddingInline: vars.space.xs,
    // A control's outline: the tile's edge shows where to press (4.5:1 in elder mode).
    border: `${vars.border.control} solid ${vars.color.border.control}`,
    borderRadius: vars.radius.lg,
    backgroundColor: vars.color.bg.surface,
    color: vars.color.fg.default,
    ...actionText,
    textAlign: 'center',
    textDecoration: 'none',
    // Words wrap, never cut off (ELDER-MODE.md "Type"); a word longer than the tile breaks.
    overflowWrap: 'anywhere',
    hyphens: 'auto',
    cursor: 'pointer',
    selectors: {
      '&:hover': { ...hoverMotion, backgroundColor: vars.color.bg.subtle },
      '&:focus-visible': focusRing,
    },
  }),
);

/** A big icon: 1.4 × the icon token, 28 px in standard mode and 39 px in elder mode. */
export const icon = style(
  component({
    display: 'inline-flex',
    flexShrink: 0,
    fontSize: `calc(${vars.icon.size} * 1.4)`,
    color: vars.color.icon.default,
  }),
);

export const label = style(component({ maxWidth: '100%' }));

/** The badge is words on a tinted box with a border: the words carry the news, not the colour. */
export const badge = style(
  component({
    boxSizing: 'border-box',
    maxWidth: '100%',
    paddingInline: vars.space.xs,
    border: `${vars.border.control} solid ${vars.color.critical.border}`,
    borderRadius: vars.radius.md,
    backgroundColor: vars.color.critical.bg,
    color: vars.color.critical.fg,
    fontSize: vars.fontSize.small,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.body,
  }),
);
