import { style } from '@vanilla-extract/css';

/**
 * Styles for the gallery stories only (not part of the package build). Values come
 * from the kit's public custom properties, so every theme restyles the gallery.
 */
const token = (name: string) => `var(--eui-${name})`;

const text = {
  fontSize: token('font-size-body'),
  lineHeight: token('line-height-body'),
  color: token('color-fg-default'),
};

// Grid tracks of minmax(0, 1fr), and min-width: 0 on what sits in them: at 200 % text on a
// 320 px screen a track must shrink to the screen, not grow to its widest word.
export const gallery = style({
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr)',
  gap: token('space-lg'),
  ...text,
});

export const field = style({ display: 'grid', gap: token('space-xs'), maxWidth: '40rem' });

export const label = style({ ...text, fontWeight: token('font-weight-medium') });

export const search = style({
  ...text,
  boxSizing: 'border-box',
  width: '100%',
  minWidth: 0,
  minHeight: token('target-control'),
  paddingInline: token('space-sm'),
  border: `${token('border-control')} solid ${token('color-border-control')}`,
  borderRadius: token('radius-md'),
  backgroundColor: token('color-bg-canvas'),
  selectors: {
    '&:focus-visible': {
      outline: `${token('focus-width')} solid ${token('color-focus-ring')}`,
      outlineOffset: token('focus-offset'),
    },
  },
});

export const status = style({ ...text, margin: 0 });

export const grid = style({
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))',
  gap: token('space-md'),
  margin: 0,
  padding: 0,
  listStyle: 'none',
});

export const card = style({
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr)',
  minWidth: 0,
  overflowWrap: 'anywhere',
  gap: token('space-sm'),
  alignContent: 'start',
  padding: token('space-md'),
  border: `1px solid ${token('color-border-divider')}`,
  borderRadius: token('radius-md'),
  backgroundColor: token('color-bg-surface'),
});

export const name = style({ ...text, margin: 0, fontWeight: token('font-weight-bold') });

export const drawings = style({ display: 'flex', flexWrap: 'wrap', gap: token('space-md'), margin: 0 });

export const drawing = style({ display: 'grid', justifyItems: 'center', gap: token('space-xs'), margin: 0 });

/**
 * A theme root of its own, so the drawing it holds follows its `data-eui-mode`.
 * Its padding is fixed: spacing tokens change with the sample's own mode, and
 * standard and elder samples should line up.
 */
export const sample = style({
  display: 'grid',
  placeItems: 'center',
  padding: '0.5rem',
  borderRadius: token('radius-sm'),
  backgroundColor: token('color-bg-canvas'),
});

export const caption = style({ ...text, overflowWrap: 'anywhere' });

export const code = style({
  ...text,
  fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace',
  overflowWrap: 'anywhere',
});

export const compare = style({ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: token('space-lg'), margin: 0 });

export const panel = style({ display: 'grid', justifyItems: 'start', gap: token('space-xs'), margin: 0, minWidth: 0 });

/** A sample holding a row of icons. */
export const sampleRow = style([sample, { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '1rem', maxWidth: '100%', boxSizing: 'border-box' }]);
