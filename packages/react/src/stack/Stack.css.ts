import { vars } from '@elder-ui/tokens';
import { recipe } from '@vanilla-extract/recipes';
import { component, variantsOf } from '../internal/layer';
import { byMode } from '../internal/mode.css';

/** The gaps a Stack or Inline comes in, from the spacing tokens. */
export const stackGaps = ['xs', 'sm', 'md', 'lg', 'xl', 'xxl', 'target'] as const;

// `target` is the spacing between adjacent targets: 8 px, 12 px in elder mode.
const gap = variantsOf(stackGaps, (name) => ({ gap: name === 'target' ? vars.target.gap : vars.space[name] }));

const alignments = { start: 'flex-start', center: 'center', end: 'flex-end', stretch: 'stretch' } as const;
const alignmentNames = Object.keys(alignments) as (keyof typeof alignments)[];

const align = variantsOf(alignmentNames, (name) => ({ alignItems: alignments[name] }));

const layout = { display: 'flex', minWidth: 0, margin: 0, padding: 0 } as const;

export const stack = recipe({
  base: component({ ...layout, flexDirection: 'column' }),
  variants: { gap, align },
});

export const inline = recipe({
  // Always wraps: in elder mode larger text and targets need the room.
  base: component({ ...layout, flexDirection: 'row', flexWrap: 'wrap' }),
  variants: {
    gap,
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
    },
  },
  // A column stretches its targets to full width in elder mode; the row keeps its alignment.
  compoundVariants: alignmentNames.map((name) => ({
    variants: { align: name, stackInElder: true },
    style: component({ alignItems: byMode(alignments[name], 'stretch') }),
  })),
});
