import { composeStories, composeStory } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { a11yForTheme, type A11yParameters } from '../../.storybook/a11y-parameters';
import { compareAttribute } from '../../.storybook/compare';
import preview from '../../.storybook/preview';
import { initialGlobals } from '../../.storybook/theme-globals';
import * as ButtonStories from '../../packages/react/src/button/Button.stories';
import * as FieldStories from '../../packages/react/src/field/Field.stories';
import * as MarketingSlotStories from '../../packages/react/src/marketing-slot/MarketingSlot.stories';
import * as SkipLinkStories from '../../packages/react/src/skip-link/SkipLink.stories';

// The "Compare" toolbar toggle shows any story in standard and elder side by side, and each docs
// page opens with its main story in both modes. Every story is also tested with axe in eight
// themes, so the toggle must be off unless asked for, and when on must leave the page with one of
// each id, input name and landmark.

type Globals = Partial<typeof initialGlobals>;
const annotations = (globals: Globals) => ({ initialGlobals: { ...initialGlobals, ...globals } });

/** Runs axe as the story tests do in this theme: WCAG 2.2 A/AA, best practice, and the elder rules and AAA contrast in elder mode. */
async function storyViolations(globals: Globals) {
  const { config, options } = a11yForTheme({ a11y: preview.parameters?.a11y as A11yParameters }, { ...initialGlobals, ...globals });
  axe.configure(config as axe.Spec);
  const results = await axe.run(document.body, options as axe.RunOptions);
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

function duplicates(values: string[]) {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

const allIds = () => [...document.querySelectorAll('[id]')].map((element) => element.id);
const allInputNames = () => [...document.querySelectorAll<HTMLInputElement>('input[name]')].map((input) => input.name);

afterEach(() => axe.reset());

describe('the Compare toggle', () => {
  it('is off unless asked for: a story renders once', () => {
    const { Focused } = composeStories(SkipLinkStories);
    render(<Focused />);
    expect(document.querySelector('[data-eui-compare-live]')).toBeNull();
    expect(screen.getAllByRole('navigation', { name: 'Site' })).toHaveLength(1);
    expect(document.querySelectorAll('#story-content')).toHaveLength(1);
  });

  it.each(['standard', 'elder'] as const)(
    'with the toolbar in %s mode, shows standard on the left and elder on the right, each in its own mode',
    (mode) => {
      const { Primary } = composeStories(ButtonStories, annotations({ compare: 'on', mode }));
      render(<Primary />);
      const live = document.querySelector<HTMLElement>('[data-eui-compare-live]')!;
      expect(live).toHaveAttribute('data-eui-mode', mode);
      const buttons = [...document.querySelectorAll('button')];
      expect(buttons).toHaveLength(2);
      const [standard, elder] = [...buttons].sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
      expect(standard!.closest('[data-eui-mode]')).toHaveAttribute('data-eui-mode', 'standard');
      expect(elder!.closest('[data-eui-mode]')).toHaveAttribute('data-eui-mode', 'elder');
      // Measured, not only labelled: the elder button is drawn at elder sizes.
      expect(parseFloat(getComputedStyle(standard!).fontSize)).toBe(16);
      expect(parseFloat(getComputedStyle(elder!).fontSize)).toBe(22);
      expect(elder!.getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
      // Only the toolbar's mode is live; the other is a picture nobody can focus or click.
      expect(screen.getAllByRole('button')).toHaveLength(1);
      expect(live).toContainElement(screen.getByRole('button'));
    },
  );

  it('gives each pane its mode in React too, so components that read the scope behave as in that mode', () => {
    const { Offer } = composeStories(MarketingSlotStories, annotations({ compare: 'on', mode: 'standard' }));
    const { container } = render(<Offer />);
    const live = container.querySelector('[data-eui-compare-live]')!;
    const copy = container.querySelector('[data-eui-compare-copy]')!;
    // The marketing slot renders nothing in elder mode (MIIT 5.1): it reads the scope, not the attribute.
    expect(within(live as HTMLElement).getByText(/5% back/)).toBeVisible();
    expect(within(copy as HTMLElement).getByText(/Your balance/)).toBeInTheDocument();
    expect(within(copy as HTMLElement).queryByText(/5% back/)).toBeNull();
  });

  it.each(['standard', 'elder'] as const)('leaves one of each id, input name and landmark, and axe finds nothing, in %s mode', async (mode) => {
    const { Focused } = composeStories(SkipLinkStories, annotations({ compare: 'on', mode }));
    const { Summary, Group } = composeStories(FieldStories, annotations({ compare: 'on', mode }));
    // Stories with a landmark, fixed ids (a skip link's target, an error summary's links) and radios.
    for (const Story of [Focused, Summary, Group]) {
      const { unmount } = render(<Story />);
      // The copy is on the page...
      expect(document.querySelectorAll('[data-eui-compare-copy]')).toHaveLength(1);
      // ...yet every id and input name is there once, and the copy's landmarks are not landmarks.
      expect(duplicates(allIds())).toEqual([]);
      expect(duplicates(allInputNames())).toEqual([]);
      expect(await storyViolations({ mode, compare: 'on' })).toEqual([]);
      unmount();
    }
  });

  it('keeps the live story whole: its links and labels reach the live pane', () => {
    const { Focused } = composeStories(SkipLinkStories, annotations({ compare: 'on', mode: 'elder' }));
    render(<Focused />);
    expect(document.querySelectorAll('nav')).toHaveLength(2);
    expect(screen.getAllByRole('navigation', { name: 'Site' })).toHaveLength(1);
    const live = document.querySelector('[data-eui-compare-live]')!;
    expect(live).toContainElement(document.getElementById('story-content'));
    expect(live).toContainElement(screen.getByRole('link', { name: /skip/i }));
  });

  it('renames what a copy renders later too', async () => {
    const { Summary } = composeStories(FieldStories, annotations({ compare: 'on', mode: 'standard' }));
    render(<Summary />);
    const copy = document.querySelector('[data-eui-compare-copy] [data-eui-mode]')!;
    const added = document.createElement('span');
    added.id = 'added-later';
    copy.append(added);
    await new Promise((resolve) => setTimeout(resolve));
    expect(added.id).toBe('added-later--compare-copy');
  });
});

describe('the docs page comparison', () => {
  it.each(['standard', 'elder'] as const)('renders a story in its pane’s mode (%s) whatever the toolbar says', async (pane) => {
    const toolbar = pane === 'elder' ? 'standard' : 'elder';
    // Docs pages do not play stories (the play reads the toolbar's mode); nor does this test.
    const Primary = composeStory({ ...ButtonStories.Primary, play: undefined }, ButtonStories.default, annotations({ mode: toolbar }));
    const host = document.createElement('div');
    host.setAttribute(compareAttribute, pane);
    const canvasElement = host.appendChild(document.createElement('div'));
    document.body.append(host);
    try {
      await Primary.run({ canvasElement });
      const button = within(canvasElement).getByRole('button');
      expect(button.closest('[data-eui-mode]')).toHaveAttribute('data-eui-mode', pane);
      expect(document.documentElement).toHaveAttribute('data-eui-mode', toolbar);
      expect(parseFloat(getComputedStyle(button).fontSize)).toBe(pane === 'elder' ? 22 : 16);
    } finally {
      host.remove();
    }
  });
});
