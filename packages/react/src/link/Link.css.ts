import { vars } from '@elder-ui/tokens';
import { style } from '@vanilla-extract/css';
import { focusRing } from '../internal/focus';
import { component } from '../internal/layer';

export const link = style(
  component({
    color: vars.color.fg.link,
    // Always underlined: colour is never the only cue that words are a link.
    textDecorationLine: 'underline',
    textDecorationThickness: 'max(1px, 0.08em)',
    textUnderlineOffset: '0.2em',
    overflowWrap: 'anywhere',
    cursor: 'pointer',
    selectors: {
      // A button given the link's look (asChild, for an action that opens a dialog rather than a
      // page) drops the browser's button face, whose grey is too pale behind link colours.
      '&:where(button)': {
        appearance: 'none',
        margin: 0,
        padding: 0,
        border: 0,
        background: 'none',
        font: 'inherit',
        textAlign: 'inherit',
      },
      '&:hover': { textDecorationThickness: 'max(2px, 0.14em)' },
      '&:focus-visible': { ...focusRing, borderRadius: vars.radius.sm },
    },
  }),
);

export const external = style(
  component({
    display: 'inline-flex',
    verticalAlign: 'middle',
    marginInlineStart: '0.2em',
    fontSize: '0.9em',
  }),
);
