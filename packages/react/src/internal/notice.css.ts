import { vars } from '@elder-ui/tokens';
import { createVar, globalStyle, style } from '@vanilla-extract/css';
import { recipe } from '@vanilla-extract/recipes';
import { component } from './layer';

/** The tones a message comes in (Alert, RiskWarning, Toast). */
export const noticeTones = ['info', 'success', 'warning', 'danger'] as const;

/** One of {@link noticeTones}. */
export type NoticeTone = (typeof noticeTones)[number];

/**
 * The palette each tone paints a message from. A tone name means one thing across the kit:
 * `danger` is money or data lost, or a step that failed. A `Button` paints it solid, from the
 * `danger` palette; a message paints it as a tinted box, from `critical`, the same hue's surface.
 */
const palettes = {
  info: vars.color.info,
  success: vars.color.success,
  warning: vars.color.warning,
  danger: vars.color.critical,
} as const satisfies Record<NoticeTone, { bg: string; fg: string; border: string }>;

const background = createVar();
const foreground = createVar();
const edge = createVar();

const tones = Object.fromEntries(
  noticeTones.map((tone) => [
    tone,
    component({ vars: { [background]: palettes[tone].bg, [foreground]: palettes[tone].fg, [edge]: palettes[tone].border } }),
  ]),
) as Record<NoticeTone, ReturnType<typeof component>>;

/** The tone box: an icon, then the words, with the tone as colour, a full border and a heavy leading edge. */
export const notice = recipe({
  base: component({
    display: 'flex',
    alignItems: 'flex-start',
    gap: vars.space.md,
    boxSizing: 'border-box',
    padding: vars.space.lg,
    // A full border plus a heavy leading edge: the tone shows in shape and words, never colour alone.
    border: `${vars.border.control} solid ${edge}`,
    borderInlineStartWidth: `calc(${vars.border.control} * 4)`,
    borderRadius: vars.radius.md,
    backgroundColor: background,
    color: foreground,
    fontSize: vars.fontSize.body,
    lineHeight: vars.lineHeight.body,
    overflowWrap: 'anywhere',
  }),
  variants: { tone: tones },
  defaultVariants: { tone: 'info' },
});

export const icon = style(component({ display: 'inline-flex', flexShrink: 0, fontSize: vars.icon.size, lineHeight: 1 }));

export const text = style(component({ display: 'flex', flex: '1 1 auto', minWidth: 0, flexDirection: 'column', gap: vars.space.xs }));

export const title = style(
  component({ margin: 0, fontSize: vars.fontSize.action, fontWeight: vars.fontWeight.bold, lineHeight: vars.lineHeight.body }),
);

export const body = style(component({ margin: 0 }));

// Paragraphs inside keep their spacing between them, not around the message's words.
globalStyle(`${body} > :first-child`, component({ marginBlockStart: 0 }));
globalStyle(`${body} > :last-child`, component({ marginBlockEnd: 0 }));

export const actions = style(component({ display: 'flex', flexWrap: 'wrap', gap: vars.target.gap, marginBlockStart: vars.space.sm }));
