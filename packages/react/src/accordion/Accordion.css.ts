import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { focusRingInside } from '../internal/focus';
import { actionText, bodyText } from '../internal/fragments';
import { component } from '../internal/layer';

export const root = style(
  component({
    display: 'flex',
    flexDirection: 'column',
    border: `${vars.border.control} solid ${vars.color.border.divider}`,
    borderRadius: vars.radius.lg,
    overflow: 'hidden',
  }),
);

export const item = style(
  component({
    selectors: { '& + &': { borderBlockStart: `${vars.border.control} solid ${vars.color.border.divider}` } },
  }),
);

export const header = style(component({ margin: 0 }));

export const trigger = style(
  component({
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: vars.space.md,
    boxSizing: 'border-box',
    width: '100%',
    minHeight: vars.target.primary,
    paddingBlock: vars.space.sm,
    paddingInline: vars.space.lg,
    margin: 0,
    border: 0,
    backgroundColor: vars.color.bg.canvas,
    color: vars.color.fg.default,
    ...actionText,
    textAlign: 'start',
    overflowWrap: 'anywhere',
    cursor: 'pointer',
    selectors: {
      '&:hover': { backgroundColor: vars.color.bg.subtle },
      '&[data-state="open"]': { fontWeight: vars.fontWeight.bold },
      '&:focus-visible': focusRingInside(),
    },
  }),
);

export const chevron = style(
  component({
    display: 'inline-flex',
    flexShrink: 0,
    fontSize: vars.icon.size,
    transitionProperty: 'transform',
    transitionDuration: vars.motion.duration,
    selectors: { [`${trigger}[data-state="open"] &`]: { transform: 'rotate(180deg)' } },
    '@media': { '(prefers-reduced-motion: reduce)': { transitionDuration: '0s' } },
  }),
);

export const content = style(
  component({
    paddingBlock: vars.space.sm,
    paddingInline: vars.space.lg,
    paddingBlockEnd: vars.space.lg,
    ...bodyText,
  }),
);
