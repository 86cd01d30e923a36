import { LocaleProvider, ThemeProvider, ThemeScope } from '@elder-ui/react';
import type { Contrast, Mode, Scheme } from '@elder-ui/tokens';
import type { Preview } from '@storybook/react-vite';
import { a11yForTheme } from './a11y-parameters';
import { lazy, Suspense } from 'react';
import { ComparePanes, paneModeOf } from './compare';
import { globalTypes, initialGlobals } from './theme-globals';

// The docs page template loads Storybook's doc blocks only when a docs page opens. The story
// tests import this file but never render a docs page, and a dependency first met in the middle
// of a test run makes Vite reload the run.
const LazyDocsPage = lazy(() => import('./docs-page').then(({ DocsPage }) => ({ default: DocsPage })));
function DocsPage() {
  return (
    <Suspense fallback={null}>
      <LazyDocsPage />
    </Suspense>
  );
}

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
    (Story, { globals, canvasElement, viewMode, args }) => {
      // A pane of a docs page's "Standard | Elder" comparison shows its own mode, whatever the toolbar says.
      const pane = paneModeOf(canvasElement);
      // Compare is for the canvas: a docs page already opens with its own comparison.
      const compare = globals.compare === 'on' && viewMode !== 'docs';
      // A docs page shows all of a component's stories at once. A modal story that opened by
      // itself there would cover the guidance, hide the rest of the page from assistive
      // technology and keep focus in itself, one dialog over the next; so on a docs page each
      // starts closed, behind its own trigger, and opens when the reader presses it.
      const closedHere = viewMode === 'docs' && args.defaultOpen === true;
      const render = () => (closedHere ? <Story args={{ ...args, defaultOpen: false }} /> : <Story />);
      const story = pane ? (
        <ThemeScope mode={pane}>{render()}</ThemeScope>
      ) : compare ? (
        <ComparePanes live={globals.mode as Mode} render={render} />
      ) : (
        render()
      );
      return (
        // The toolbar owns the theme here: nothing is stored, so a story never inherits a stale choice.
        <ThemeProvider
          mode={globals.mode as Mode}
          scheme={globals.scheme as Scheme}
          contrast={globals.contrast as Contrast}
          storage={null}
        >
          <LocaleProvider locale={String(globals.locale ?? 'en')}>
            {/* Stories are parts of a page: the landmark they would sit in is given here. */}
            <main>{story}</main>
          </LocaleProvider>
        </ThemeProvider>
      );
    },
  ],
  parameters: {
    layout: 'padded',
    options: {
      storySort: { order: ['Introduction', 'Foundations', 'Components', 'Patterns', 'Icons', 'Benchmarks'] },
    },
    controls: { expanded: true },
    // Every component's docs page opens with its main story in standard and elder side by side.
    docs: { page: DocsPage },
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
