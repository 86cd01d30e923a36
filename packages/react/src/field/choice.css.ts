import { vars } from '@elder-ui/tokens';
import { style, type StyleRule } from '@vanilla-extract/css';
import { recipe, type RecipeVariants } from '@vanilla-extract/recipes';
import { component } from '../internal/layer';
import { focusRing } from '../internal/focus';

/** One choice and its words: the whole label is the hit area (ELDER-MODE.md), at least 44 / 48 px. */
export const option = style(
  component({
    display: 'flex',
    alignItems: 'flex-start',
    gap: vars.space.sm,
    boxSizing: 'border-box',
    minHeight: vars.target.control,
    minWidth: vars.target.control,
    paddingBlock: vars.space.xs,
    paddingInline: vars.space.sm,
    border: `${vars.border.control} solid transparent`,
    borderRadius: vars.radius.md,
    color: vars.color.fg.default,
    fontSize: vars.fontSize.body,
    lineHeight: vars.lineHeight.body,
    cursor: 'pointer',
    selectors: {
      '&:has(:focus-visible)': focusRing,
      '&:has([data-state="checked"])': { fontWeight: vars.fontWeight.medium },
      '&:has(:disabled)': { cursor: 'not-allowed', color: vars.color.fg.disabled },
      '&:hover:not(:has(:disabled))': { backgroundColor: vars.color.bg.subtle },
    },
  }),
);

/** The words of a choice, with an optional hint under them. */
export const optionText = style(
  component({
    display: 'flex',
    flexDirection: 'column',
    flex: '1 1 auto',
    minWidth: 0,
    // The box is 1.5em high at the option's font size; centre one line of words against it.
    paddingBlock: `calc((1.5em - 1em * ${vars.lineHeight.body}) / 2)`,
    overflowWrap: 'anywhere',
  }),
);

export const optionHint = style(
  component({
    fontSize: vars.fontSize.small,
    fontWeight: vars.fontWeight.regular,
    color: vars.color.fg.muted,
    lineHeight: vars.lineHeight.body,
  }),
);

/**
 * The square of a checkbox or the circle of a radio, 1.5em at the option's font size, with
 * its states. It shows no ring itself: the option around it does, so the whole hit area is outlined.
 */
function choiceBox(borderRadius: string, states: NonNullable<StyleRule['selectors']>, forcedColors: StyleRule) {
  return style(
    component({
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      flexShrink: 0,
      boxSizing: 'border-box',
      width: '1.5em',
      height: '1.5em',
      margin: 0,
      padding: 0,
      border: `calc(${vars.border.control} * 2) solid ${vars.color.border.control}`,
      borderRadius,
      backgroundColor: vars.color.bg.canvas,
      color: vars.color.primary.fg,
      fontSize: 'inherit',
      cursor: 'inherit',
      selectors: {
        '&:focus-visible': { outline: 'none' },
        ...states,
        '&:disabled': { borderColor: vars.color.fg.disabled, backgroundColor: vars.color.bg.surface },
      },
      '@media': { '(forced-colors: active)': forcedColors },
    }),
  );
}

/** The square of a checkbox. Checked: filled, with a check mark (not colour alone). */
export const checkbox = choiceBox(
  vars.radius.sm,
  {
    '&[data-state="checked"], &[data-state="indeterminate"]': {
      backgroundColor: vars.color.primary.bg,
      borderColor: vars.color.primary.bg,
    },
    '&[aria-invalid="true"]': { borderColor: vars.color.fg.danger },
    '&:disabled[data-state="checked"]': { backgroundColor: vars.color.fg.disabled, color: vars.color.bg.canvas },
  },
  { borderColor: 'ButtonText', color: 'ButtonText' },
);

export const checkboxIndicator = style(
  component({ display: 'inline-flex', alignItems: 'center', justifyContent: 'center', fontSize: '1.1em' }),
);

/** The circle of a radio. Chosen: a filled dot inside (a shape, not colour alone). */
export const radio = choiceBox(
  vars.radius.full,
  {
    '&[data-state="checked"]': { borderColor: vars.color.primary.bg },
    '&[data-invalid]': { borderColor: vars.color.fg.danger },
  },
  { borderColor: 'ButtonText' },
);

export const radioIndicator = style(
  component({
    display: 'block',
    width: '0.625em',
    height: '0.625em',
    borderRadius: vars.radius.full,
    backgroundColor: vars.color.primary.bg,
    selectors: {
      '[data-disabled] > &': { backgroundColor: vars.color.fg.disabled },
    },
    '@media': {
      '(forced-colors: active)': { backgroundColor: 'ButtonText' },
    },
  }),
);

/** The list of choices: stacked, or side by side and wrapping. */
export const options = recipe({
  base: component({ display: 'flex', gap: vars.target.gap, marginBlockStart: vars.space.xs }),
  variants: {
    orientation: {
      vertical: component({ flexDirection: 'column', alignItems: 'stretch' }),
      horizontal: component({ flexDirection: 'row', flexWrap: 'wrap', alignItems: 'stretch' }),
    },
  },
  defaultVariants: { orientation: 'vertical' },
});

/** How the choices of a group are laid out. */
export type Orientation = NonNullable<NonNullable<RecipeVariants<typeof options>>['orientation']>;
