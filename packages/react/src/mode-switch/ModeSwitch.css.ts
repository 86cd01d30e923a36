import { textSizeAttribute, textSizes, vars } from '@elder-ui/tokens';
import { createVar, style } from '@vanilla-extract/css';
import { recipe } from '@vanilla-extract/recipes';
import { component, variantsOf } from '../internal/layer';

export const root = style(
  component({
    display: 'flex',
    flexDirection: 'column',
    gap: vars.space.lg,
  }),
);

/**
 * The elder-mode switch is a primary setting (MIIT 2.1): inside it the kit's `Switch`
 * sizes its targets at the primary size, 60 px in elder mode, instead of 48.
 */
export const primarySwitch = style(component({ vars: { [vars.target.control]: vars.target.primary } }));

/** An icon before the words of a label. */
export const withIcon = style(
  component({
    display: 'inline-flex',
    alignItems: 'center',
    gap: vars.space.sm,
  }),
);

/** A text-size choice's words, after its sample; they wrap under it when the row is narrow. */
export const textSizeLabel = style(
  component({
    display: 'inline-flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: vars.space.sm,
  }),
);

// The step a sample is drawn at, and the step applied to the page now (read from the root).
const step = createVar();
const applied = createVar();

/**
 * The sample of a text-size step, at the size body text takes at that step: the body size
 * scaled by the step and unscaled by the step already applied to the root font size, so a
 * sample keeps its size whichever step is applied. In CSS alone, from the root's attribute.
 */
export const sample = recipe({
  base: component({
    vars: { [applied]: '1' },
    fontSize: `calc(${vars.fontSize.body} * ${step} / ${applied})`,
    fontWeight: vars.fontWeight.medium,
    selectors: Object.fromEntries(
      textSizes.map((size) => [`:root[${textSizeAttribute}="${size}"] &`, { vars: { [applied]: String(size / 100) } }]),
    ),
  }),
  variants: {
    step: variantsOf(
      textSizes.map((size) => `${size}` as const),
      (size) => ({ vars: { [step]: String(Number(size) / 100) } }),
    ),
  },
});
