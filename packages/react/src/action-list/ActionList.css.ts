import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { component } from '../internal/layer';
import { focusRingInside } from '../internal/focus';
import { hoverMotion } from '../internal/fragments';

export const list = style(
  component({
    display: 'flex',
    flexDirection: 'column',
    margin: 0,
    padding: 0,
    listStyle: 'none',
    border: `${vars.border.control} solid ${vars.color.border.divider}`,
    borderRadius: vars.radius.lg,
    backgroundColor: vars.color.bg.canvas,
    overflow: 'hidden',
  }),
);

export const item = style(
  component({
    selectors: {
      '& + &': { borderBlockStart: `${vars.border.control} solid ${vars.color.border.divider}` },
    },
  }),
);

/**
 * The whole row is one target, at least 60 px high (MIIT 2.1 asks it of elder
 * mode; a big-entry list keeps it in standard mode too), more when text grows.
 */
export const row = style(
  component({
    display: 'flex',
    alignItems: 'center',
    gap: vars.space.md,
    boxSizing: 'border-box',
    width: '100%',
    minHeight: `max(${vars.target.primary}, 3.75rem)`,
    paddingBlock: vars.space.sm,
    paddingInline: vars.space.lg,
    margin: 0,
    border: 0,
    backgroundColor: 'transparent',
    color: vars.color.fg.default,
    fontFamily: 'inherit',
    fontSize: vars.fontSize.body,
    lineHeight: vars.lineHeight.body,
    textAlign: 'start',
    textDecoration: 'none',
    overflowWrap: 'anywhere',
    cursor: 'pointer',
    selectors: {
      '&:hover': { ...hoverMotion, backgroundColor: vars.color.bg.subtle },
      // Inside the list's rounded edge, so the ring is never clipped.
      '&:focus-visible': focusRingInside(),
    },
  }),
);

export const icon = style(
  component({
    display: 'inline-flex',
    flexShrink: 0,
    fontSize: vars.icon.size,
    color: vars.color.icon.default,
  }),
);

export const text = style(component({ display: 'flex', flex: '1 1 auto', minWidth: 0, flexDirection: 'column' }));

export const title = style(
  component({
    fontSize: vars.fontSize.action,
    fontWeight: vars.fontWeight.medium,
    lineHeight: vars.lineHeight.body,
  }),
);

export const chevron = style(
  component({
    display: 'inline-flex',
    flexShrink: 0,
    fontSize: vars.icon.size,
    color: vars.color.icon.default,
    selectors: { '[dir="rtl"] &': { transform: 'scaleX(-1)' } },
  }),
);
