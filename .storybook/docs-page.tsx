import { modes } from '@elder-ui/tokens';
import { Controls, Description, DocsContext, Heading, Primary, Stories, Story, Subtitle, Title } from '@storybook/addon-docs/blocks';
import { useContext } from 'react';
import { compareAttribute, modeLabel } from './compare';

/**
 * "Standard | Elder": the page's main story in both modes at once, whatever the toolbar says.
 * Each pane is marked with {@link compareAttribute}; the preview's decorator reads it and
 * renders the story inside a `ThemeScope` of that mode, so components that read the scope (a
 * marketing slot, a toast) behave as they would in that mode, not only look it.
 */
export function StandardElder() {
  const { componentStories } = useContext(DocsContext);
  // The main story, as Storybook's Primary block picks it: the first one that renders without `mount`.
  const primary = componentStories().find((story) => !story.usesMount);
  if (!primary) return null;
  return (
    <section aria-label={`${primary.name}, standard and elder`}>
      <Heading>Standard | Elder</Heading>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(20rem, 100%), 1fr))', gap: '1rem' }}>
        {modes.map((mode) => (
          <figure key={mode} style={{ margin: 0, minWidth: 0 }}>
            <figcaption style={{ fontWeight: 700, marginBottom: '0.5rem' }}>{modeLabel[mode]}</figcaption>
            <div {...{ [compareAttribute]: mode }}>
              {/* Never played here: a play function checks the toolbar's mode, not the pane's. */}
              <Story of={primary.moduleExport} autoplay={false} />
            </div>
          </figure>
        ))}
      </div>
    </section>
  );
}

/** Every component's docs page: Storybook's default blocks, opening with the comparison. */
export function DocsPage() {
  return (
    <>
      <Title />
      <Subtitle />
      <StandardElder />
      <Description />
      <Primary />
      <Controls />
      <Stories />
    </>
  );
}
