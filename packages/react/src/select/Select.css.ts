import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { component } from '../internal/layer';
import { focusRingInside } from '../internal/focus';

/** Added to the field control box: the trigger is a button that looks like the other inputs. */
export const trigger = style(
  component({
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: vars.space.sm,
    textAlign: 'start',
    cursor: 'pointer',
    selectors: {
      '&[data-placeholder]': { color: vars.color.fg.muted },
    },
  }),
);

export const value = style(component({ flex: '1 1 auto', minWidth: 0, overflowWrap: 'anywhere' }));

export const chevron = style(component({ display: 'inline-flex', flexShrink: 0, fontSize: '1.1em' }));

export const content = style(
  component({
    boxSizing: 'border-box',
    minWidth: 'var(--radix-select-trigger-width)',
    maxWidth: 'min(32rem, calc(100vw - 2rem))',
    maxHeight: 'var(--radix-select-content-available-height)',
    overflow: 'hidden',
    border: `${vars.border.control} solid ${vars.color.border.control}`,
    borderRadius: vars.radius.md,
    backgroundColor: vars.color.bg.canvas,
    color: vars.color.fg.default,
    fontFamily: vars.font.family.sans,
    boxShadow: `0 0.25rem 1rem ${vars.color.border.divider}`,
    zIndex: 1000,
  }),
);

export const viewport = style(component({ padding: vars.space.xs }));

/** One option: a full control target, words that wrap, a check mark when chosen. */
export const item = style(
  component({
    display: 'flex',
    alignItems: 'center',
    gap: vars.space.sm,
    boxSizing: 'border-box',
    minHeight: vars.target.control,
    paddingBlock: vars.space.xs,
    paddingInline: vars.space.sm,
    borderRadius: vars.radius.sm,
    fontSize: vars.fontSize.body,
    lineHeight: vars.lineHeight.body,
    overflowWrap: 'anywhere',
    cursor: 'pointer',
    userSelect: 'none',
    outline: 'none',
    selectors: {
      '&[data-highlighted]': {
        backgroundColor: vars.color.bg.subtle,
        ...focusRingInside('0px'),
      },
      '&[data-state="checked"]': { fontWeight: vars.fontWeight.bold },
      '&[data-disabled]': { color: vars.color.fg.disabled, cursor: 'not-allowed' },
    },
  }),
);

export const itemIndicatorSlot = style(
  component({ display: 'inline-flex', flexShrink: 0, width: '1.25em', justifyContent: 'center' }),
);

