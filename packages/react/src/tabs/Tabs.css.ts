import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { focusRing, focusRingInside } from '../internal/focus';
import { actionText, primaryTargetBox } from '../internal/fragments';
import { component } from '../internal/layer';
import { wrapInElderMode } from '../internal/mode.css';

export const root = style(component({ display: 'flex', flexDirection: 'column', gap: vars.space.md }));

/** One row that scrolls sideways in standard mode; in elder mode it wraps, so every tab stays in view. */
export const list = style(
  component({
    display: 'flex',
    flexWrap: wrapInElderMode,
    gap: vars.target.gap,
    overflowX: 'auto',
    // Room for the focus ring inside the scroller.
    padding: vars.focus.offset,
    paddingBlockEnd: 0,
    borderBlockEnd: `${vars.border.control} solid ${vars.color.border.divider}`,
  }),
);

export const trigger = style(
  component({
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    ...primaryTargetBox,
    border: 0,
    // The selected tab carries a heavy bar and bold text, not colour alone.
    borderBlockEnd: `calc(${vars.border.control} * 3) solid transparent`,
    backgroundColor: 'transparent',
    color: vars.color.fg.muted,
    ...actionText,
    // Regular until chosen: the chosen tab's bold weight is one of its cues.
    fontWeight: vars.fontWeight.regular,
    cursor: 'pointer',
    selectors: {
      '&:hover': { backgroundColor: vars.color.bg.subtle },
      '&[data-state="active"]': {
        color: vars.color.fg.default,
        fontWeight: vars.fontWeight.bold,
        borderBlockEndColor: vars.color.focus.ring,
      },
      '&:focus-visible': focusRingInside('0px'),
      '&[data-disabled]': { cursor: 'not-allowed', color: vars.color.fg.disabled },
    },
    '@media': {
      '(forced-colors: active)': { selectors: { '&[data-state="active"]': { borderBlockEndColor: 'Highlight' } } },
    },
  }),
);

export const content = style(
  component({
    // Radix makes the panel focusable (so keyboard users can reach content without controls): a target like any other.
    minHeight: vars.target.control,
    selectors: {
      '&:focus-visible': focusRing,
    },
  }),
);
