import { vars } from '@elder-ui/tokens';
import { recipe, type RecipeVariants } from '@vanilla-extract/recipes';
import { component } from '../internal/layer';
import { byMode } from '../internal/mode.css';

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

const alignments = { start: 'flex-start', center: 'center', end: 'flex-end', stretch: 'stretch' } as const;

const align = {
  start: component({ alignItems: alignments.start }),
  center: component({ alignItems: alignments.center }),
  end: component({ alignItems: alignments.end }),
  stretch: component({ alignItems: alignments.stretch }),
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
      // In elder mode the row becomes a column: wide targets one under another, read top to
      // bottom. The closest theme root decides, at any depth.
      true: component({ flexDirection: byMode('row', 'column') }),
      false: {},
    },
  },
  // A column stretches its targets to full width in elder mode; the row keeps its alignment.
  compoundVariants: (Object.keys(alignments) as (keyof typeof alignments)[]).map((key) => ({
    variants: { align: key, stackInElder: true },
    style: component({ alignItems: byMode(alignments[key], 'stretch') }),
  })),
  defaultVariants: { gap: 'target', align: 'center', justify: 'start', stackInElder: false },
});

export type StackVariants = NonNullable<RecipeVariants<typeof stack>>;
export type InlineVariants = NonNullable<RecipeVariants<typeof inline>>;
