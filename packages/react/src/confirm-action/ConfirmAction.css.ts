import { vars } from '@elder-ui/tokens';
import { globalStyle, style } from '@vanilla-extract/css';
import { card } from '../card/Card.css';
import { component } from '../internal/layer';

/** The restated facts, framed as a card on the surface colour: each value in large text, its label (muted Text) above it. */
export const summary = style([
  card,
  component({ margin: 0, borderRadius: vars.radius.md, backgroundColor: vars.color.bg.surface }),
]);

/** WCAG 3.3.4 / ELDER-MODE.md: the amount and recipient are restated in large text. */
export const factValue = style(
  component({
    margin: 0,
    fontSize: vars.fontSize.heading,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.body,
    color: vars.color.fg.default,
  }),
);

/** The amount in words under its value: main action text, so it reads easily beside the large digits. */
export const factWords = style(
  component({
    margin: 0,
    fontSize: vars.fontSize.action,
    fontWeight: vars.fontWeight.medium,
    lineHeight: vars.lineHeight.body,
    color: vars.color.fg.default,
    overflowWrap: 'anywhere',
  }),
);

export const consequence = style(
  component({
    display: 'flex',
    alignItems: 'flex-start',
    gap: vars.space.sm,
    margin: 0,
    fontSize: vars.fontSize.action,
    fontWeight: vars.fontWeight.bold,
    lineHeight: vars.lineHeight.body,
  }),
);

export const consequenceIcon = style(component({ display: 'inline-flex', flexShrink: 0, paddingBlockStart: '0.15em' }));

/** Holds the tick box, the deliberate step before confirming. */
export const deliberateStep = style({});

// The tick box is as large a target as the confirm button (MIIT 2.1: 60 × 60 in elder mode);
// its label, the whole of which is its hit area, carries the size.
globalStyle(`${deliberateStep} label`, component({ minHeight: vars.target.primary }));

// Both choices share the row, equally wide, and stack when the text is large.
export const choices = style({});
globalStyle(`${choices} > *`, component({ flex: '1 1 10em' }));

/** The confirm button until the box is ticked: it still takes focus and explains itself when pressed. */
export const notReady = style(
  component({
    selectors: {
      '&[aria-disabled="true"]': {
        cursor: 'not-allowed',
        backgroundColor: vars.color.bg.surface,
        color: vars.color.fg.disabled,
        borderColor: vars.color.border.control,
        borderStyle: 'dashed',
      },
    },
  }),
);
