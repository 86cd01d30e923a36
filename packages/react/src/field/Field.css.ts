import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { recipe, type RecipeVariants } from '@vanilla-extract/recipes';
import { component } from '../internal/layer';
import { focusRing } from '../internal/focus';

/** The outer box of a field or a group of choices: label, hint, error and control, stacked. */
export const field = style(
  component({
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: vars.space.xs,
    minWidth: 0,
    margin: 0,
    padding: 0,
    border: 0,
    color: vars.color.fg.default,
  }),
);

export const label = style(
  component({
    display: 'block',
    padding: 0,
    fontSize: vars.fontSize.action,
    fontWeight: vars.fontWeight.bold,
    // Body line height, not heading: a label may wrap over several lines and is read as text.
    lineHeight: vars.lineHeight.body,
    overflowWrap: 'anywhere',
  }),
);

export const required = style(
  component({
    fontWeight: vars.fontWeight.regular,
    color: vars.color.fg.default,
  }),
);

export const hint = style(
  component({
    margin: 0,
    fontSize: vars.fontSize.small,
    lineHeight: vars.lineHeight.body,
    color: vars.color.fg.muted,
    overflowWrap: 'anywhere',
  }),
);

export const error = style(
  component({
    display: 'flex',
    alignItems: 'flex-start',
    gap: vars.space.xs,
    margin: 0,
    fontSize: vars.fontSize.body,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.body,
    color: vars.color.fg.danger,
    overflowWrap: 'anywhere',
  }),
);

export const errorIcon = style(
  component({
    display: 'inline-flex',
    flexShrink: 0,
    alignItems: 'center',
    // One line high, so the icon sits level with the first line of words.
    minHeight: `calc(1em * ${vars.lineHeight.body})`,
    fontSize: '1.25em',
  }),
);

/** The box of a text input, text area or amount. Elder mode: at least 48 px high, 20 px text, 2 px border. */
export const control = recipe({
  base: component({
    boxSizing: 'border-box',
    minHeight: vars.target.control,
    minWidth: 0,
    margin: 0,
    paddingBlock: vars.space.xs,
    paddingInline: vars.space.sm,
    border: `${vars.border.control} solid ${vars.color.border.control}`,
    borderRadius: vars.radius.sm,
    backgroundColor: vars.color.bg.canvas,
    color: vars.color.fg.default,
    fontFamily: 'inherit',
    fontSize: vars.fontSize.body,
    lineHeight: vars.lineHeight.body,
    selectors: {
      '&:focus-visible': focusRing,
      // A thicker border as well as the colour: colour is never the only cue (the error words are the main one).
      '&[aria-invalid="true"]': {
        borderColor: vars.color.fg.danger,
        boxShadow: `inset 0 0 0 ${vars.border.control} ${vars.color.fg.danger}`,
      },
      '&:disabled': {
        cursor: 'not-allowed',
        backgroundColor: vars.color.bg.surface,
        color: vars.color.fg.disabled,
        borderColor: vars.color.border.divider,
      },
      '&::placeholder': { color: vars.color.fg.muted, opacity: 1 },
    },
    '@media': {
      '(forced-colors: active)': { borderColor: 'ButtonText' },
    },
  }),
  variants: {
    width: {
      full: component({ width: '100%' }),
      medium: component({ width: '100%', maxWidth: '20em' }),
      short: component({ width: '100%', maxWidth: '10em' }),
    },
  },
  defaultVariants: { width: 'full' },
});

/** The widths a control box comes in. */
export type ControlWidth = NonNullable<NonNullable<RecipeVariants<typeof control>>['width']>;

export const summary = style(
  component({
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.sm,
    padding: vars.space.lg,
    border: `calc(${vars.border.control} * 3) solid ${vars.color.critical.border}`,
    borderRadius: vars.radius.md,
    backgroundColor: vars.color.bg.canvas,
    color: vars.color.fg.default,
    selectors: { '&:focus-visible': focusRing },
  }),
);

export const summaryTitle = style(
  component({
    display: 'flex',
    alignItems: 'flex-start',
    gap: vars.space.sm,
    margin: 0,
    fontSize: vars.fontSize.title,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.heading,
    overflowWrap: 'anywhere',
  }),
);

export const summaryList = style(
  component({
    display: 'flex',
    flexDirection: 'column',
    gap: vars.target.gap,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  }),
);

export const summaryLink = style(
  component({
    display: 'inline-flex',
    alignItems: 'center',
    minHeight: vars.target.control,
    color: vars.color.fg.danger,
    fontSize: vars.fontSize.body,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.body,
    textDecorationLine: 'underline',
    textDecorationThickness: '0.1em',
    textUnderlineOffset: '0.2em',
    overflowWrap: 'anywhere',
    selectors: { '&:focus-visible': focusRing },
  }),
);
