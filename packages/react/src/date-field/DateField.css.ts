import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { recipe, type RecipeVariants } from '@vanilla-extract/recipes';
// Imported so the shared control box is in the CSS first and the widths below win over its `width: 100%`.
import '../field/Field.css';
import { bodyText } from '../internal/fragments';
import { component } from '../internal/layer';

/** The three boxes, side by side, wrapping onto the next line on a narrow screen rather than scrolling sideways. */
export const parts = style(
  component({
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: vars.target.gap,
    minWidth: 0,
  }),
);

/**
 * One part: its label above the box (Day, Month, Year, as GOV.UK sets them), or after it as
 * Chinese writes a date (2024 年 3 月 27 日), with 民國 before a 民國 year.
 */
export const part = recipe({
  base: component({
    display: 'flex',
    gap: vars.space.xs,
    flexShrink: 0,
  }),
  variants: {
    labels: {
      above: component({ flexDirection: 'column', alignItems: 'flex-start' }),
      after: component({ flexDirection: 'row', alignItems: 'center' }),
    },
  },
});

/** Where a locale puts the part labels. */
export type PartLabels = NonNullable<NonNullable<RecipeVariants<typeof part>>['labels']>;

export const partLabel = style(
  component({
    ...bodyText,
    fontWeight: vars.fontWeight.regular,
    color: vars.color.fg.default,
  }),
);

/** A box as wide as the numbers it takes (2 for day and month, 4 for a year), never below a target's width. */
export const input = recipe({
  base: component({
    minWidth: vars.target.control,
    fontVariantNumeric: 'tabular-nums',
  }),
  variants: {
    chars: {
      2: component({ width: `calc(2.5ch + 2 * (${vars.space.sm} + ${vars.border.control}))` }),
      3: component({ width: `calc(3.5ch + 2 * (${vars.space.sm} + ${vars.border.control}))` }),
      4: component({ width: `calc(4.5ch + 2 * (${vars.space.sm} + ${vars.border.control}))` }),
    },
  },
});
