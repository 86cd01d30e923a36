import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { bodyText } from '../internal/fragments';
import { component } from '../internal/layer';

export const row = style(
  component({
    display: 'flex',
    alignItems: 'center',
    gap: vars.space.sm,
    width: '100%',
    maxWidth: '20em',
  }),
);

export const currency = style(
  component({
    flexShrink: 0,
    fontSize: vars.fontSize.title,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.body,
    color: vars.color.fg.default,
  }),
);

/** Large digits that line up, so a misplaced separator or an extra zero stands out. */
export const input = style(
  component({
    flex: '1 1 auto',
    fontSize: vars.fontSize.title,
    fontWeight: vars.fontWeight.bold,
    fontVariantNumeric: 'tabular-nums',
    letterSpacing: '0.02em',
  }),
);

/** The amount in words under the box: running text, so long words wrap at 320 px and 200 % text. */
export const words = style(component({ margin: 0, ...bodyText, color: vars.color.fg.default }));
