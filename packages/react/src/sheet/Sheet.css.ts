import { vars } from '@elder-ui/tokens';
import { globalStyle, keyframes, style } from '@vanilla-extract/css';
import * as dialog from '../dialog/Dialog.css';
import { focusRingInside } from '../internal/focus';
import { component } from '../internal/layer';
import { byMode } from '../internal/mode.css';

/*
 * A sheet is a kit dialog laid out differently: each rule is written against the dialog's own
 * class as well, so it wins over the dialog's layout whatever order the two files load in.
 */

/** The veil puts the sheet on the bottom edge, centred, with no gap around it. */
export const overlay = style(
  component({
    selectors: {
      [`${dialog.overlay}&`]: { placeItems: 'end center', padding: 0 },
    },
  }),
);

const rise = keyframes({ from: { transform: 'translateY(100%)' } });

/** Rises from the bottom edge, full width up to a comfortable reading width. */
export const content = style(
  component({
    selectors: {
      [`${dialog.content}&`]: {
        width: '100%',
        maxWidth: '40rem',
        // 90 % of the screen, whatever the phone's browser bars are doing (dvh), where that unit exists.
        maxHeight: ['90vh', '90dvh'],
        // The body scrolls; this only catches a title alone taller than the screen (text at 200 %).
        overflowY: 'auto',
        // The title and close button on the first row; the body takes what is left of the height, and scrolls.
        gridTemplateRows: 'auto minmax(0, 1fr)',
        paddingInline: vars.space.lg,
        paddingBlockStart: vars.space.lg,
        // Clear of the home indicator and rounded corners of phones without a home button.
        paddingBlockEnd: `calc(${vars.space.lg} + env(safe-area-inset-bottom, 0rem))`,
        borderBlockEndWidth: 0,
        borderEndStartRadius: 0,
        borderEndEndRadius: 0,
      },
    },
    '@media': {
      // Motion only for those who have not asked for less, and never in elder mode (ELDER-MODE.md, "Motion and time").
      '(prefers-reduced-motion: no-preference)': {
        selectors: {
          [`${dialog.content}&`]: { animation: byMode(`${rise} ${vars.motion.duration} ${vars.motion.easing}`, 'none') },
        },
      },
    },
  }),
);

/** Room for a focus ring drawn outside a control, which the body's overflow would otherwise clip. */
const ringRoom = `calc(${vars.focus.width} + ${vars.focus.offset})`;

/** Everything under the title: the part that scrolls when the sheet is full. */
export const body = style(
  component({
    gridRow: 2,
    // Fills its row instead of growing with its content, or it would never scroll.
    alignSelf: 'stretch',
    minHeight: 0,
    padding: ringRoom,
    margin: `calc(-1 * ${ringRoom})`,
    overflowY: 'auto',
    overscrollBehavior: 'contain',
    selectors: {
      // Inside its edge: the body's own overflow would clip a ring drawn outside.
      '&:focus-visible': focusRingInside(),
    },
  }),
);

export const bodyInner = style(component({ display: 'flex', flexDirection: 'column' }));

// The parts of the body sit a gap apart; paragraphs of Text keep their own, larger paragraph spacing.
globalStyle(`${bodyInner} > * + *`, component({ marginBlockStart: vars.space.lg }));
