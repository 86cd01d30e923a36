import { vars } from '@elder-ui/tokens';
import { createVar } from '@vanilla-extract/css';

/**
 * The colours of a pressable control, as variables that a tone fills in: Button and
 * IconButton paint from these, so a tone means the same colours on both.
 */
export const tone = {
  background: createVar(),
  backgroundHover: createVar(),
  foreground: createVar(),
  outline: createVar(),
};

/** The painting that reads {@link tone}; the outline is a border that only some tones colour. */
export const painted = {
  vars: { [tone.outline]: 'transparent' },
  // A transparent border turns into a visible one under forced colours.
  border: `${vars.border.control} solid ${tone.outline}`,
  backgroundColor: tone.background,
  color: tone.foreground,
} as const;

/** Each tone's colours (style objects, for `component()` in a recipe's variants). */
export const tones = {
  primary: {
    vars: { [tone.background]: vars.color.primary.bg, [tone.backgroundHover]: vars.color.primary.bgHover, [tone.foreground]: vars.color.primary.fg },
  },
  secondary: {
    vars: {
      [tone.background]: vars.color.secondary.bg,
      [tone.backgroundHover]: vars.color.secondary.bgHover,
      [tone.foreground]: vars.color.secondary.fg,
      [tone.outline]: vars.color.secondary.border,
    },
  },
  danger: {
    vars: { [tone.background]: vars.color.danger.bg, [tone.backgroundHover]: vars.color.danger.bgHover, [tone.foreground]: vars.color.danger.fg },
  },
  ghost: {
    vars: { [tone.background]: 'transparent', [tone.backgroundHover]: vars.color.bg.subtle, [tone.foreground]: vars.color.fg.default },
  },
} as const;
