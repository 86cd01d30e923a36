import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { bodyText } from '../internal/fragments';
import { component } from '../internal/layer';
import { byMode } from '../internal/mode.css';

export const list = style(
  component({
    margin: 0,
    padding: 0,
    ...bodyText,
  }),
);

/**
 * One answer: key, value and the change action side by side in standard mode, wrapping when
 * narrow; stacked in elder mode, so the value gets the full line and the action a full target.
 */
export const row = style(
  component({
    display: 'flex',
    flexWrap: 'wrap',
    flexDirection: byMode('row', 'column'),
    alignItems: byMode('baseline', 'stretch'),
    columnGap: vars.space.lg,
    rowGap: vars.space.xs,
    paddingBlock: vars.space.md,
    borderBlockEnd: `1px solid ${vars.color.border.divider}`,
  }),
);

export const term = style(
  component({
    // A flex basis is a width in a row but a height in elder mode's column: there the parts keep their own height.
    flex: byMode('1 1 10em', '0 0 auto'),
    margin: 0,
    color: vars.color.fg.muted,
    fontWeight: vars.fontWeight.medium,
  }),
);

export const value = style(
  component({
    flex: byMode('2 1 14em', '0 0 auto'),
    margin: 0,
    minWidth: 0,
    // The answer is what is being checked: main action text, bold, as large as a button's words.
    fontSize: vars.fontSize.action,
    fontWeight: vars.fontWeight.bold,
    overflowWrap: 'anywhere',
  }),
);

export const actions = style(
  component({
    flex: '0 0 auto',
    margin: 0,
  }),
);

/** The change action keeps the link's look and gets a whole target to itself. */
export const action = style(
  component({
    display: 'inline-flex',
    alignItems: 'center',
    boxSizing: 'border-box',
    minHeight: vars.target.control,
    minWidth: vars.target.control,
    fontSize: vars.fontSize.action,
  }),
);
