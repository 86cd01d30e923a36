import { primaryTarget, targetAttribute, vars } from '@elder-ui/tokens';
import { style, type CSSProperties } from '@vanilla-extract/css';
import { component } from '../internal/layer';
import { focusRingInside } from '../internal/focus';
import { bodyText } from '../internal/fragments';

// Customizable select: where the browser supports it, the kit draws the closed select and the
// options itself; elsewhere the closed select keeps the kit's look and the platform's picker shows the options.
const customizable = '(appearance: base-select)';
// csstype does not know `base-select` yet.
const baseSelect = 'base-select' as string as CSSProperties['appearance'];

/** The empty first option that shows the placeholder; it cannot be chosen again. */
export const placeholder = style(
  component({
    '@supports': {
      // In the kit's picker it is not a row: the closed select already says it.
      [customizable]: { display: 'none' },
    },
  }),
);

/** Holds the select and its chevron, drawn over the select's end. */
export const box = style(component({ display: 'flex', alignItems: 'center', minWidth: 0 }));

/** Added to the field control box: a native select with room at its end for the chevron. */
export const select = style(
  component({
    appearance: 'none',
    paddingInlineEnd: `calc(${vars.space.sm} * 2 + ${vars.icon.size})`,
    textAlign: 'start',
    cursor: 'pointer',
    selectors: {
      [`&[${targetAttribute}="${primaryTarget}"]`]: { minHeight: vars.target.primary },
      // Nothing chosen yet: the placeholder in muted words, as in the text fields.
      [`&:has(> ${placeholder}:checked)`]: { color: vars.color.fg.muted },
      '&:disabled': { cursor: 'not-allowed' },
    },
    '@supports': {
      [customizable]: {
        appearance: baseSelect,
        alignItems: 'center',
        // The closed select wraps a long choice instead of cutting it off.
        whiteSpace: 'normal',
        overflowWrap: 'anywhere',
        selectors: {
          // The kit draws its own chevron beside the select.
          '&::picker-icon': { display: 'none' },
          '&::picker(select)': {
            appearance: baseSelect,
            boxSizing: 'border-box',
            maxWidth: 'min(32rem, calc(100vw - 2rem))',
            marginBlock: vars.space.xs,
            padding: vars.space.xs,
            border: `${vars.border.control} solid ${vars.color.border.control}`,
            borderRadius: vars.radius.md,
            backgroundColor: vars.color.bg.canvas,
            color: vars.color.fg.default,
            fontFamily: vars.font.family.sans,
            boxShadow: `0 0.25rem 1rem ${vars.color.border.divider}`,
          },
        },
      },
    },
  }),
);

export const chevron = style(
  component({
    display: 'inline-flex',
    flex: 'none',
    // Over the select's padding at its end; clicks pass through to the select.
    marginInlineStart: `calc(-1 * (${vars.icon.size} + ${vars.space.sm} + ${vars.border.control}))`,
    fontSize: vars.icon.size,
    pointerEvents: 'none',
    selectors: {
      [`${box}[data-disabled] &`]: { color: vars.color.fg.disabled },
    },
  }),
);

/** One option. In the kit's picker: a full control target, words that wrap, a check mark when chosen. */
export const item = style(
  component({
    // The select's muted placeholder colour must not reach the options (Firefox passes it on).
    color: vars.color.fg.default,
    '@supports': {
      [customizable]: {
        display: 'flex',
        alignItems: 'center',
        gap: vars.space.sm,
        boxSizing: 'border-box',
        minHeight: vars.target.control,
        paddingBlock: vars.space.xs,
        paddingInline: vars.space.sm,
        borderRadius: vars.radius.sm,
        ...bodyText,
        whiteSpace: 'normal',
        cursor: 'pointer',
        userSelect: 'none',
        outline: 'none',
        selectors: {
          '&:hover, &:focus-visible': { backgroundColor: vars.color.bg.subtle },
          '&:focus-visible': focusRingInside('0px'),
          // A check mark and weight, not colour alone.
          '&:checked': { fontWeight: vars.fontWeight.bold },
          '&:disabled': { color: vars.color.fg.disabled, cursor: 'not-allowed' },
          '&::checkmark': { display: 'inline-flex', flexShrink: 0, width: '1.25em', justifyContent: 'center' },
        },
      },
    },
  }),
);
