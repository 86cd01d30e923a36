import { createElderRules, elderRunOptions } from '@elder-ui/axe-rules';
import { LocaleProvider, ThemeProvider } from '@elder-ui/react';
import type { Contrast, Mode, Scheme } from '@elder-ui/tokens';
import type { Preview } from '@storybook/react-vite';
import { globalTypes, initialGlobals } from './theme-globals';

// The elder-mode rules, handed to axe with each run (the a11y addon resets axe before
// every run). Registered enabled: the addon turns a rule registered as disabled
// into an explicit `enabled: false` that would override the tag selection.
const elderRules = createElderRules({ enabled: true });

const preview: Preview = {
  // Every component gets a docs page: its guidance, props and stories.
  tags: ['autodocs'],
  globalTypes,
  /**
   * axe runs WCAG 2.2 A/AA in every theme; elder mode adds the kit's elder rules,
   * and elder mode or high contrast add WCAG 1.4.6 (AAA, 7:1) contrast, as
   * ELDER-MODE.md asks of them. A story's own `a11y` rules still apply on top.
   */
  beforeEach: ({ globals, parameters }) => {
    const elder = globals.mode === 'elder';
    const { config = {}, options = {}, ...a11y } = parameters.a11y ?? {};
    const run = elderRunOptions({ elder, enhancedContrast: elder || globals.contrast === 'high', tags: ['best-practice'] });
    parameters.a11y = {
      ...a11y,
      // Registered in every theme (a story may name them), selected by the `elder` tag in elder mode only.
      config: { ...config, checks: [...(config.checks ?? []), ...elderRules.checks], rules: [...(config.rules ?? []), ...elderRules.rules] },
      options: { ...options, runOnly: run.runOnly, rules: { ...run.rules, ...options.rules } },
    };
  },
  initialGlobals,
  decorators: [
    (Story, { globals }) => (
      // The toolbar owns the theme here: nothing is stored, so a story never inherits a stale choice.
      <ThemeProvider
        mode={globals.mode as Mode}
        scheme={globals.scheme as Scheme}
        contrast={globals.contrast as Contrast}
        storage={null}
      >
        <LocaleProvider locale={String(globals.locale ?? 'en')}>
          {/* Stories are parts of a page: the landmark they would sit in is given here. */}
          <main>
            <Story />
          </main>
        </LocaleProvider>
      </ThemeProvider>
    ),
  ],
  parameters: {
    layout: 'padded',
    options: {
      storySort: { order: ['Introduction', 'Foundations', 'Components', 'Icons', 'Benchmarks'] },
    },
    controls: { expanded: true },
    a11y: {
      // A violation fails the story's test, in every theme.
      test: 'error',
      // The whole body, so content portalled out of the story root is checked too.
      context: 'body',
      // Which tags run is settled per theme in `beforeEach` above.
      options: {
        rules: {
          // A story shows one component, not a page: the page's top heading belongs to the app.
          'page-has-heading-one': { enabled: false },
        },
      },
    },
  },
};

export default preview;
