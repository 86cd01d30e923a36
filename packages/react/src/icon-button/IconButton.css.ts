import { primaryTarget, targetAttribute, vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { recipe, type RecipeVariants } from '@vanilla-extract/recipes';
import { focusRing } from '../internal/focus';
import { component, variantsOf } from '../internal/layer';
import { byMode } from '../internal/mode.css';
import { painted, tone, tones } from '../internal/tone.css';

/** The tones an icon button comes in: the one list the recipe, the props and the stories use. */
export const iconButtonTones = ['primary', 'secondary', 'ghost'] as const;

export const iconButton = recipe({
  base: component({
    ...painted,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: vars.space.xs,
    boxSizing: 'border-box',
    minHeight: vars.target.control,
    minWidth: vars.target.control,
    margin: 0,
    padding: vars.space.xs,
    // Elder mode: the label shows beside the icon, so the button grows to fit the words.
    paddingInline: byMode(vars.space.xs, vars.space.sm),
    borderRadius: vars.radius.md,
    fontFamily: 'inherit',
    fontSize: vars.fontSize.action,
    fontWeight: vars.fontWeight.medium,
    lineHeight: vars.lineHeight.heading,
    textAlign: 'center',
    overflowWrap: 'anywhere',
    cursor: 'pointer',
    selectors: {
      '&:hover:not(:disabled)': { backgroundColor: tone.backgroundHover },
      '&:focus-visible': focusRing,
      '&:disabled': { cursor: 'not-allowed', color: vars.color.fg.disabled, borderColor: vars.color.border.divider },
      // MIIT 2.1: a primary action, such as a dialog's close button, is at least 60 × 60 in elder mode.
      [`&[${targetAttribute}="${primaryTarget}"]`]: { minHeight: vars.target.primary, minWidth: vars.target.primary },
    },
  }),
  variants: {
    tone: variantsOf(iconButtonTones, (name) => tones[name]),
    labelPlacement: {
      beside: component({ flexDirection: 'row' }),
      below: component({ flexDirection: byMode('row', 'column') }),
    },
  },
  defaultVariants: { tone: 'secondary', labelPlacement: 'beside' },
});

type Variants = NonNullable<RecipeVariants<typeof iconButton>>;

/** How much an icon button stands out. */
export type IconButtonTone = NonNullable<Variants['tone']>;

/** Where the label shows in elder mode. */
export type IconButtonLabelPlacement = NonNullable<Variants['labelPlacement']>;

export const icon = style(component({ display: 'inline-flex', flexShrink: 0, fontSize: '1.25em' }));

/**
 * The label: hidden visually (still the accessible name) in standard mode, shown
 * as words in elder mode (ELDER-MODE.md, "Glyphs"). The closest theme root decides.
 */
export const label = style(
  component({
    position: byMode('absolute', 'static'),
    width: byMode('1px', 'auto'),
    height: byMode('1px', 'auto'),
    margin: byMode('-1px', '0'),
    padding: 0,
    overflow: byMode('hidden', 'visible'),
    clip: byMode('rect(0, 0, 0, 0)', 'auto'),
    whiteSpace: byMode('nowrap', 'normal'),
    border: 0,
  }),
);
