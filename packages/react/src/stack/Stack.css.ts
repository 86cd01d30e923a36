import { vars } from '@elder-ui/tokens';
import { recipe, type RecipeVariants } from '@vanilla-extract/recipes';
import { component } from '../internal/layer';

const gaps = {
  xs: component({ gap: vars.space.xs }),
  sm: component({ gap: vars.space.sm }),
  md: component({ gap: vars.space.md }),
  lg: component({ gap: vars.space.lg }),
  xl: component({ gap: vars.space.xl }),
  xxl: component({ gap: vars.space.xxl }),
  // The spacing between adjacent targets: 8 px, 12 px in elder mode.
  target: component({ gap: vars.target.gap }),
};

const align = {
  start: component({ alignItems: 'flex-start' }),
  center: component({ alignItems: 'center' }),
  end: component({ alignItems: 'flex-end' }),
  stretch: component({ alignItems: 'stretch' }),
};

export const stack = recipe({
  base: component({ display: 'flex', flexDirection: 'column', minWidth: 0, margin: 0, padding: 0 }),
  variants: { gap: gaps, align },
  defaultVariants: { gap: 'md', align: 'stretch' },
});

export const inline = recipe({
  base: component({
    display: 'flex',
    flexDirection: 'row',
    // Always wraps: in elder mode larger text and targets need the room.
    flexWrap: 'wrap',
    minWidth: 0,
    margin: 0,
    padding: 0,
  }),
  variants: {
    gap: gaps,
    align,
    justify: {
      start: component({ justifyContent: 'flex-start' }),
      center: component({ justifyContent: 'center' }),
      end: component({ justifyContent: 'flex-end' }),
      between: component({ justifyContent: 'space-between' }),
    },
    stackInElder: {
      true: component({
        selectors: {
          // In elder mode the row becomes a column: wide targets one under another, read top to bottom.
          '[data-eui-mode="elder"] &': { flexDirection: 'column', alignItems: 'stretch' },
          '[data-eui-mode="elder"] [data-eui-mode="standard"] &': { flexDirection: 'row', alignItems: 'center' },
        },
      }),
      false: {},
    },
  },
  defaultVariants: { gap: 'target', align: 'center', justify: 'start', stackInElder: false },
});

export type StackVariants = NonNullable<RecipeVariants<typeof stack>>;
export type InlineVariants = NonNullable<RecipeVariants<typeof inline>>;
