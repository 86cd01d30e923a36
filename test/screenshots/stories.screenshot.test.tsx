/// <reference types="vite/client" />
import { themeName, type ResolvedTheme } from '@elder-ui/tokens/contract';
import { composeStories, type composeStory } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { fixedNow, holdTimers, releaseTimers } from '../setup/screenshots';
import { screenshotViewport } from './viewport';

// Visual regression: every story in standard and elder mode (light, standard contrast), and a
// chosen dozen with the most to see in elder mode, dark, high contrast. Each story renders as in
// its Storybook test (the preview's decorators, its globals, its play), then the page is captured
// and compared with the baseline in ./baselines, made on the CI machine type (Debian's Chromium,
// fonts-noto-cjk). Accept an intended change with `pnpm test:screenshots:update`.

type StoryModule = Parameters<typeof composeStories>[0];
type ComposedStory = ReturnType<typeof composeStory>;

const storyFiles = import.meta.glob<StoryModule>(['../../packages/*/src/**/*.stories.tsx', '../../examples/patterns/**/*.stories.tsx'], {
  eager: true,
});

/** Every story is captured in these two themes. */
const everyStoryThemes: ResolvedTheme[] = [
  { mode: 'standard', scheme: 'light', contrast: 'standard' },
  { mode: 'elder', scheme: 'light', contrast: 'standard' },
];

/** The dozen also captured in elder mode, dark, high contrast: forms, dialogs, notices, money and navigation. */
const darkHighTheme: ResolvedTheme = { mode: 'elder', scheme: 'dark', contrast: 'high' };
const darkHighStories: Record<string, string> = {
  TextField: 'WithError',
  RadioGroup: 'Chosen',
  AmountField: 'Words',
  ConfirmAction: 'Open',
  Dialog: 'Open',
  Sheet: 'Open',
  Alert: 'Tones',
  RiskWarning: 'WithHelpLine',
  Toast: 'Tones',
  TabBar: 'FourPlaces',
  ServiceGrid: 'HomeScreen',
  SendMoney: 'FilledIn',
};

/** `../../packages/react/src/toast/Toast.stories.tsx` → `Toast`: the folder of its baselines. */
const componentOf = (path: string) => path.replace(/^.*\/([^/]+)\.stories\.tsx$/, '$1');

const files = Object.entries(storyFiles)
  .map(([path, module]) => ({ component: componentOf(path), module }))
  .sort((a, b) => a.component.localeCompare(b.component));

const frames = async (count: number) => {
  for (let index = 0; index < count; index += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/**
 * The viewport grows to the page's height, so a tall story is captured whole and a short one is
 * never cropped; the width stays fixed. A page whose height depends on the viewport's settles
 * within a few rounds.
 */
async function fitViewport() {
  for (let round = 0; round < 4; round += 1) {
    const height = Math.max(screenshotViewport.height, Math.ceil(document.documentElement.scrollHeight));
    if (height === window.innerHeight) return;
    if (height > screenshotViewport.maxHeight) {
      throw new Error(`The story is ${height} px tall, more than the ${screenshotViewport.maxHeight} px a screenshot may be.`);
    }
    await page.viewport(screenshotViewport.width, height);
    await frames(2);
  }
}

/** Renders a story as its Storybook test does, waits until it is still, and compares the page with its baseline. */
async function capture(Story: ComposedStory, name: string) {
  const { container } = render(<Story />);
  // As in Storybook, the play starts once the story has rendered and laid out.
  await frames(2);
  await Story.play?.({ canvasElement: container });
  // From here on nothing the story scheduled moves on (a stand-in voice's next sentence).
  holdTimers();
  await document.fonts.ready;
  await fitViewport();
  await frames(2);
  // A locator, not the element: with a locator the assertion runs once instead of polling, so a
  // missing baseline fails the run that writes it.
  await expect.element(page.elementLocator(document.body)).toMatchScreenshot(name);
}

beforeEach(async () => {
  // Each capture starts from the same viewport, whatever the story before it grew it to.
  if (window.innerWidth !== screenshotViewport.width || window.innerHeight !== screenshotViewport.height) {
    await page.viewport(screenshotViewport.width, screenshotViewport.height);
  }
});

const storiesOf = (module: StoryModule, theme: ResolvedTheme): Record<string, ComposedStory> =>
  composeStories(module, { initialGlobals: { ...theme } });

/** The baselines in the repository, as `./baselines/<theme>/<component>/<story>.png`. */
const baselines = Object.keys(import.meta.glob('./baselines/**/*.png'));

describe('the baselines', () => {
  it('are captured at a fixed moment, so a countdown reads the same in every run', async () => {
    expect(Date.now()).toBe(fixedNow.getTime());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(new Date().getTime()).toBe(fixedNow.getTime());
  });

  it('are captured with a story’s long timers held, so a stand-in voice cannot move on mid-capture', async () => {
    // Waits by frames, as the held timers would hold a wait by timer too.
    const wait = async (ms: number) => {
      const start = performance.now();
      while (performance.now() - start < ms) await frames(1);
    };
    const nextSentence = vi.fn();
    const cancelled = vi.fn();
    setTimeout(nextSentence, 600);
    clearTimeout(setTimeout(cancelled, 600));
    holdTimers();
    await wait(800);
    expect(nextSentence).not.toHaveBeenCalled();
    releaseTimers();
    await wait(50);
    expect(nextSentence).toHaveBeenCalledOnce();
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('include none for a story or theme that is gone (`pnpm test:screenshots:update` clears them)', () => {
    const expected = new Set([
      ...everyStoryThemes.flatMap((theme) =>
        files.flatMap(({ component, module }) => Object.keys(storiesOf(module, theme)).map((story) => `${themeName(theme)}/${component}/${story}`)),
      ),
      ...Object.entries(darkHighStories).map(([component, story]) => `${themeName(darkHighTheme)}/${component}/${story}`),
    ]);
    const stale = baselines.map((path) => path.replace(/^\.\/baselines\/(.*)\.png$/, '$1')).filter((name) => !expected.has(name));
    expect(stale).toEqual([]);
  });
});

describe.each(everyStoryThemes.map((theme) => [themeName(theme), theme] as const))('%s', (theme, globals) => {
  describe.each(files.map(({ component, module }) => [component, module] as const))('%s', (component, module) => {
    it.each(Object.entries(storiesOf(module, globals)).map(([exportName, Story]) => [exportName, Story] as const))('%s', async (exportName, Story) => {
      await capture(Story, `${theme}/${component}/${exportName}`);
    });
  });
});

describe(themeName(darkHighTheme), () => {
  it('captures the chosen dozen, each of which still exists', () => {
    const missing = Object.entries(darkHighStories).filter(
      ([component, exportName]) => !files.some((file) => file.component === component && exportName in file.module),
    );
    expect(missing).toEqual([]);
    expect(Object.keys(darkHighStories)).toHaveLength(12);
  });

  const chosen = files.filter(({ component }) => component in darkHighStories);
  it.each(chosen.map(({ component, module }) => [component, module] as const))('%s', async (component, module) => {
    const exportName = darkHighStories[component]!;
    const Story = storiesOf(module, darkHighTheme)[exportName]!;
    await capture(Story, `${themeName(darkHighTheme)}/${component}/${exportName}`);
  });
});
