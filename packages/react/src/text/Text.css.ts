import { vars } from '@elder-ui/tokens';
import { recipe } from '@vanilla-extract/recipes';
import { bodyText } from '../internal/fragments';
import { component, variantsOf } from '../internal/layer';

/** The sizes of Text. `small` is the smallest text allowed anywhere (14 px, 18 px in elder mode). */
export const textSizes = ['body', 'small', 'large'] as const;
/** The tones of Text. */
export const textTones = ['default', 'muted', 'danger', 'success'] as const;

export const text = recipe({
  base: component({
    margin: 0,
    ...bodyText,
    selectors: {
      // Paragraph spacing ≥ 1.3 × line height (ELDER-MODE.md, "Type").
      'p& + p&': { marginBlockStart: vars.paragraphSpacing },
    },
  }),
  variants: {
    size: variantsOf(textSizes, (size) => ({ fontSize: vars.fontSize[size === 'large' ? 'title' : size] })),
    tone: variantsOf(textTones, (tone) => ({ color: vars.color.fg[tone] })),
    // Never lighter than regular.
    weight: variantsOf(['regular', 'medium', 'bold'], (weight) => ({ fontWeight: vars.fontWeight[weight] })),
  },
});
