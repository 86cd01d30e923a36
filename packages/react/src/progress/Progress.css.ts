import { vars } from '@elder-ui/tokens';
import { keyframes, style } from '@vanilla-extract/css';
import { bodyText } from '../internal/fragments';
import { component } from '../internal/layer';
import { byMode } from '../internal/mode.css';

export const labelRow = style(component(bodyText));

export const label = style(component({ fontWeight: vars.fontWeight.bold }));

export const track = style(
  component({
    position: 'relative',
    overflow: 'hidden',
    boxSizing: 'border-box',
    minHeight: vars.space.md,
    border: `${vars.border.control} solid ${vars.color.border.control}`,
    borderRadius: vars.radius.full,
    backgroundColor: vars.color.bg.canvas,
  }),
);

export const indicator = style(
  component({
    position: 'absolute',
    insetBlock: 0,
    insetInlineStart: 0,
    backgroundColor: vars.color.primary.bg,
    transitionProperty: 'width',
    transitionDuration: vars.motion.duration,
    '@media': {
      '(prefers-reduced-motion: reduce)': { transitionDuration: '0s' },
      '(forced-colors: active)': { backgroundColor: 'Highlight' },
    },
  }),
);

const spin = keyframes({ to: { transform: 'rotate(360deg)' } });

export const spinner = style(
  component({
    display: 'inline-flex',
    alignItems: 'center',
    gap: vars.space.sm,
    ...bodyText,
  }),
);

export const ring = style(
  component({
    display: 'inline-block',
    flexShrink: 0,
    width: '1.5em',
    height: '1.5em',
    boxSizing: 'border-box',
    borderRadius: vars.radius.full,
    border: `0.1875em solid ${vars.color.primary.bg}`,
    borderInlineEndColor: 'transparent',
    // Elder mode has no motion: a still ring, and the words say "Loading".
    animation: byMode(`${spin} 0.9s linear infinite`, 'none'),
    '@media': {
      '(prefers-reduced-motion: reduce)': { animation: 'none' },
      '(forced-colors: active)': { borderColor: 'CanvasText', borderInlineEndColor: 'transparent' },
    },
  }),
);
