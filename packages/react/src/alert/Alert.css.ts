import { vars } from '@elder-ui/tokens';
import { createVar, globalStyle, style } from '@vanilla-extract/css';
import { recipe, type RecipeVariants } from '@vanilla-extract/recipes';
import { component } from '../internal/layer';

const background = createVar();
const foreground = createVar();
const edge = createVar();

const toneVars = (tone: 'info' | 'success' | 'warning' | 'critical') =>
  component({
    vars: {
      [background]: vars.color[tone].bg,
      [foreground]: vars.color[tone].fg,
      [edge]: vars.color[tone].border,
    },
  });

export const alert = recipe({
  base: component({
    display: 'flex',
    alignItems: 'flex-start',
    gap: vars.space.md,
    boxSizing: 'border-box',
    padding: vars.space.lg,
    // A full border plus a heavy leading edge: the tone shows in shape and words, never colour alone.
    border: `${vars.border.control} solid ${edge}`,
    borderInlineStartWidth: `calc(${vars.border.control} * 4)`,
    borderRadius: vars.radius.md,
    backgroundColor: background,
    color: foreground,
    fontSize: vars.fontSize.body,
    lineHeight: vars.lineHeight.body,
    overflowWrap: 'anywhere',
  }),
  variants: {
    tone: {
      info: toneVars('info'),
      success: toneVars('success'),
      warning: toneVars('warning'),
      danger: toneVars('critical'),
    },
  },
  defaultVariants: { tone: 'info' },
});

export type AlertVariants = NonNullable<RecipeVariants<typeof alert>>;

export const icon = style(
  component({
    display: 'inline-flex',
    flexShrink: 0,
    fontSize: vars.icon.size,
    lineHeight: 1,
  }),
);

export const text = style(
  component({
    display: 'flex',
    flex: '1 1 auto',
    minWidth: 0,
    flexDirection: 'column',
    gap: vars.space.xs,
  }),
);

export const title = style(
  component({
    margin: 0,
    fontSize: vars.fontSize.action,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.body,
  }),
);

export const body = style(component({ margin: 0 }));

// Paragraphs inside keep their spacing between them, not around the alert's text.
globalStyle(`${body} > :first-child`, component({ marginBlockStart: 0 }));
globalStyle(`${body} > :last-child`, component({ marginBlockEnd: 0 }));

export const actions = style(
  component({
    display: 'flex',
    flexWrap: 'wrap',
    gap: vars.target.gap,
    marginBlockStart: vars.space.sm,
  }),
);
