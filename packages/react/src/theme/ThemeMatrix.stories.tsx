import { allThemes, themeName } from '@elder-ui/tokens';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from '../button';
import { ThemeScope } from './ThemeScope';

const meta = {
  title: 'Foundations/Theme matrix',
  parameters: {
    layout: 'fullscreen',
    a11y: {
      options: {
        // This page shows all eight themes at once, so no single contrast level applies to all
        // of it: axe's AAA rule knows no theme scopes and would hold the standard panes to 7:1.
        // (The elder rules skip the standard panes by themselves.) Every other story is checked
        // at its theme's level in each of the eight storybook:<theme> test projects; here WCAG
        // A/AA applies to every pane, and the elder rules to the elder panes.
        rules: { 'color-contrast-enhanced': { enabled: false } },
      },
    },
    docs: {
      description: {
        component:
          'All eight themes side by side: mode (standard, elder) × colour scheme (light, dark) × contrast (standard, high). Each pane is a ThemeScope.',
      },
    },
  },
} satisfies Meta;

export default meta;

export const AllThemes: StoryObj = {
  name: 'Every theme side by side',
  render: () => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(18rem, 100%), 1fr))' }}>
      {allThemes.map((theme) => (
        <ThemeScope key={themeName(theme)} {...theme} style={{ padding: 'var(--eui-space-xl)' }}>
          <section aria-label={themeName(theme)} style={{ display: 'flex', flexDirection: 'column', gap: 'var(--eui-target-gap)' }}>
            <p style={{ margin: 0, fontWeight: 'var(--eui-font-weight-bold)' }}>
              {theme.mode} · {theme.scheme} · {theme.contrast}
            </p>
            <Button tone="primary">Pay now</Button>
            <Button tone="secondary">Cancel</Button>
            <Button tone="danger">Delete card</Button>
          </section>
        </ThemeScope>
      ))}
    </div>
  ),
};
