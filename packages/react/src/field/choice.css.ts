import { checkIconData, minusIconData, type IconDrawing } from '@elder-ui/icons';
import { vars } from '@elder-ui/tokens';
import { style, type StyleRule } from '@vanilla-extract/css';
import { recipe, type RecipeVariants } from '@vanilla-extract/recipes';
import { component } from '../internal/layer';
import { focusRing } from '../internal/focus';
import { byMode } from '../internal/mode.css';

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
      '&:has(:checked)': { fontWeight: vars.fontWeight.medium },
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

/** One drawing of a kit icon as a mask image, so the checkbox's mark is the icon itself. */
function maskOf({ strokeWidth, paths }: IconDrawing): string {
  const shapes = paths.map(({ d, fill }) => `<path d='${d}'${fill ? " fill='black'" : ''}/>`).join('');
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='black' stroke-width='${strokeWidth}' stroke-linecap='round' stroke-linejoin='round'>${shapes}</svg>`;
  // Only the characters a data URL in CSS cannot carry as they are: shorter than encoding it all.
  return `url("data:image/svg+xml,${svg.replace(/[<>#%"]/g, encodeURIComponent)}")`;
}

/** Cuts an element to a mark; with the prefix too, for the Chromium of older phones (before 120). */
function maskedBy(image: string) {
  const mask = `${image} center / contain no-repeat`;
  return { mask, WebkitMask: mask };
}

// The check mark and the dash in their standard and elder drawings, following the closest theme root.
const checkMark = maskedBy(byMode(maskOf(checkIconData.standard), maskOf(checkIconData.elder)));
const dashMark = maskedBy(byMode(maskOf(minusIconData.standard), maskOf(minusIconData.elder)));

/**
 * The native `<input>` of a checkbox or radio, drawn by the kit: the square or circle is the input
 * itself (`appearance: none`), 1.5em at the option's font size, and its mark is its `::before`. The
 * mark is painted as a border as well as a fill: forced colours (Windows High Contrast) keep borders
 * and repaint them in a system colour, so the mark stays visible there. There the tokens are system
 * colours too, and the primary fill of a chosen box is ButtonFace, like the page: `forcedColors`
 * gives its border and dot ButtonText. The input shows no ring itself: the option around it does,
 * so the whole hit area is outlined.
 */
function choiceBox(borderRadius: string, mark: StyleRule, states: NonNullable<StyleRule['selectors']>, forcedColors: StyleRule) {
  return style(
    component({
      appearance: 'none',
      display: 'inline-grid',
      placeContent: 'center',
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
      font: 'inherit',
      cursor: 'inherit',
      selectors: {
        '&::before': {
          content: '""',
          boxSizing: 'border-box',
          border: '0 solid currentColor',
          // The fill covers the seams a border may leave where its sides meet.
          backgroundColor: 'currentColor',
          visibility: 'hidden',
          ...mark,
        },
        '&:focus-visible': { outline: 'none' },
        ...states,
        '&:disabled': { borderColor: vars.color.fg.disabled, backgroundColor: vars.color.bg.surface },
      },
      '@media': { '(forced-colors: active)': forcedColors },
    }),
  );
}

/** The square of a checkbox. Checked: filled, with a check mark; indeterminate: a dash (not colour alone). */
export const checkbox = choiceBox(
  vars.radius.sm,
  // One side of border paints the whole square: no seams through the middle, where the dash runs.
  { width: '1.1em', height: '1.1em', borderTopWidth: '1.1em', ...checkMark },
  {
    '&:checked::before, &:indeterminate::before': { visibility: 'visible' },
    '&:indeterminate::before': dashMark,
    '&:checked, &:indeterminate': {
      backgroundColor: vars.color.primary.bg,
      borderColor: vars.color.primary.bg,
    },
    '&[aria-invalid="true"]': { borderColor: vars.color.fg.danger },
    '&:disabled:checked, &:disabled:indeterminate': { backgroundColor: vars.color.fg.disabled, color: vars.color.bg.canvas },
  },
  { selectors: { '&:checked:enabled, &:indeterminate:enabled': { borderColor: 'ButtonText' } } },
);

/** The circle of a radio. Chosen: a dot inside (a shape, not colour alone). */
export const radio = choiceBox(
  vars.radius.full,
  { width: '0.625em', height: '0.625em', borderWidth: '0.3125em', borderRadius: vars.radius.full, color: vars.color.primary.bg },
  {
    '&:checked::before': { visibility: 'visible' },
    '&:checked': { borderColor: vars.color.primary.bg },
    '&[data-invalid]': { borderColor: vars.color.fg.danger },
    '&:disabled::before': { color: vars.color.fg.disabled },
  },
  { selectors: { '&:checked:enabled': { borderColor: 'ButtonText' }, '&:enabled::before': { color: 'ButtonText' } } },
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
