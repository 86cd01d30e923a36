import { LocaleProvider, ThemeProvider } from '@elder-ui/react';
import type { Contrast, Mode, Scheme } from '@elder-ui/tokens';
import type { Preview } from '@storybook/react-vite';
import { globalTypes, initialGlobals } from './theme-globals';

const preview: Preview = {
  globalTypes,
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
    controls: { expanded: true },
    a11y: {
      // A violation fails the story's test, in every theme.
      test: 'error',
      // The whole body, so content portalled out of the story root is checked too.
      context: 'body',
      options: {
        // axe leaves the WCAG 2.2 rules (target-size among them) off unless asked.
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        rules: {
          // A story shows one component, not a page: the page's top heading belongs to the app.
          'page-has-heading-one': { enabled: false },
        },
      },
    },
  },
};

export default preview;
