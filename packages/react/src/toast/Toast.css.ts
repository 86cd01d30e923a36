import { vars } from '@elder-ui/tokens';
import { createVar, style } from '@vanilla-extract/css';
import { recipe } from '@vanilla-extract/recipes';
import { elderOnlyInline } from '../internal/mode.css';
import { component } from '../internal/layer';
import { focusRing } from '../internal/focus';

const background = createVar();
const foreground = createVar();
const edge = createVar();

const toneVars = (tone: 'info' | 'success' | 'warning' | 'critical') =>
  component({ vars: { [background]: vars.color[tone].bg, [foreground]: vars.color[tone].fg, [edge]: vars.color[tone].border } });

/** The region: bottom centre, above the page, never covering more than it needs. */
export const region = style(
  component({
    position: 'fixed',
    insetBlockEnd: vars.space.lg,
    insetInline: 0,
    zIndex: 1100,
    display: 'flex',
    justifyContent: 'center',
    paddingInline: vars.space.md,
    pointerEvents: 'none',
    selectors: {
      '&:focus-visible': { outline: 'none' },
    },
  }),
);

export const list = style(
  component({
    display: 'flex',
    flexDirection: 'column',
    gap: vars.target.gap,
    width: 'min(32rem, 100%)',
    margin: 0,
    padding: 0,
    listStyle: 'none',
  }),
);

export const toast = recipe({
  base: component({
    pointerEvents: 'auto',
    display: 'flex',
    alignItems: 'flex-start',
    gap: vars.space.md,
    boxSizing: 'border-box',
    padding: vars.space.md,
    paddingInlineStart: vars.space.lg,
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

export const icon = style(component({ display: 'inline-flex', flexShrink: 0, fontSize: vars.icon.size, paddingBlockStart: vars.space.xs }));

export const text = style(
  component({ display: 'flex', flex: '1 1 auto', minWidth: 0, flexDirection: 'column', gap: vars.space.xs, paddingBlockStart: vars.space.xs }),
);

export const title = style(
  component({ margin: 0, fontSize: vars.fontSize.action, fontWeight: vars.fontWeight.bold, lineHeight: vars.lineHeight.body }),
);

export const description = style(component({ margin: 0 }));

export const countdown = style(
  component({ margin: 0, fontSize: vars.fontSize.small, lineHeight: vars.lineHeight.body, fontVariantNumeric: 'tabular-nums' }),
);

export const actions = style(component({ display: 'flex', flexWrap: 'wrap', gap: vars.target.gap, marginBlockStart: vars.space.xs }));

export const close = style(
  component({
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: vars.space.xs,
    flexShrink: 0,
    boxSizing: 'border-box',
    minWidth: vars.target.control,
    minHeight: vars.target.control,
    paddingBlock: vars.space.xs,
    paddingInline: vars.space.sm,
    border: `${vars.border.control} solid ${foreground}`,
    borderRadius: vars.radius.md,
    backgroundColor: 'transparent',
    color: foreground,
    fontFamily: 'inherit',
    fontSize: vars.fontSize.action,
    fontWeight: vars.fontWeight.medium,
    lineHeight: vars.lineHeight.body,
    cursor: 'pointer',
    selectors: {
      '&:focus-visible': focusRing,
    },
  }),
);

export const closeWord = style(component({ display: elderOnlyInline }));
