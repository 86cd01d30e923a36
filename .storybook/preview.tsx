import { LocaleProvider, ThemeProvider } from '@elder-ui/react';
import type { Contrast, Mode, Scheme } from '@elder-ui/tokens';
import type { Preview } from '@storybook/react-vite';
import { a11yForTheme } from './a11y-parameters';
import { globalTypes, initialGlobals } from './theme-globals';

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
    parameters.a11y = a11yForTheme(parameters, globals);
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
      storySort: { order: ['Introduction', 'Foundations', 'Components', 'Patterns', 'Icons', 'Benchmarks'] },
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
