import { vars } from '@elder-ui/tokens';
import type { CSSProperties } from 'react';

/** The look shared by the Foundations blocks, all through the kit's own custom properties. */
export const styles = {
  pane: { padding: vars.space.lg, borderRadius: vars.radius.md, overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: vars.fontSize.small, lineHeight: vars.lineHeight.body },
  th: { textAlign: 'start', padding: vars.space.sm, borderBlockEnd: `2px solid ${vars.color.border.divider}`, verticalAlign: 'bottom' },
  td: { padding: vars.space.sm, borderBlockEnd: `1px solid ${vars.color.border.divider}`, verticalAlign: 'top' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: vars.space.xs },
  pair: { display: 'flex', alignItems: 'center', gap: vars.space.sm },
  sample: {
    display: 'inline-grid',
    placeItems: 'center',
    minWidth: '2.5em',
    padding: '0 0.25em',
    border: '1px solid',
    borderRadius: vars.radius.sm,
    fontWeight: vars.fontWeight.bold,
  },
  swatch: {
    display: 'block',
    width: '2.5rem',
    height: '2.5rem',
    borderRadius: vars.radius.sm,
    border: `1px solid ${vars.color.border.control}`,
  },
  heading: { fontSize: vars.fontSize.title, lineHeight: vars.lineHeight.heading, margin: `${vars.space.lg} 0 ${vars.space.sm}` },
  caption: { fontWeight: vars.fontWeight.bold, margin: `0 0 ${vars.space.sm}` },
} satisfies Record<string, CSSProperties>;
