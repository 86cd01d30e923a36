import { vars } from '@elder-ui/tokens';

const ring = `${vars.focus.width} solid ${vars.color.focus.ring}`;

/** The keyboard focus ring every control shows (ELDER-MODE.md, "Focus"), just outside its edge. */
export const focusRing = { outline: ring, outlineOffset: vars.focus.offset } as const;

/**
 * The same ring drawn inside the element's edge, `gap` in from it: for rows, tabs and options
 * whose container would clip a ring drawn outside.
 */
export function focusRingInside(gap: string = vars.focus.offset) {
  return { outline: ring, outlineOffset: `calc(-1 * ${vars.focus.width} - ${gap})` } as const;
}
