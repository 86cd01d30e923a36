/// <reference types="vite/client" />
import { registerElderRules } from '@elder-ui/axe-rules';
import { Button, Text, ThemeProvider, ThemeScope, getThemeInitScript, useTheme, type ThemeContextValue } from '@elder-ui/react';
import { textSizeAttribute, textSizes, themeAttributes, type TextSize } from '@elder-ui/tokens/contract';
import { composeStories, type composeStory, type Decorator } from '@storybook/react-vite';
import { act, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { useLayoutEffect, type ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import * as headingStories from '../../packages/react/src/heading/Heading.stories';
import { px } from '../support/measure';

const html = document.documentElement;
const rootSize = () => px(getComputedStyle(html).fontSize);
const frames = async (count: number) => {
  for (let index = 0; index < count; index += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
};

afterEach(() => {
  // The test setup resets the theme attributes; the text size is reset here.
  html.removeAttribute(textSizeAttribute);
});

describe('the text size', () => {
  it.each(textSizes)('at step %i makes the root font size the browser default × the step', (step) => {
    render(<ThemeProvider storage={null} textSize={step} />);
    expect(html).toHaveAttribute(textSizeAttribute, String(step));
    // Chromium's default text size is 16 px: 24 px at 150 %.
    expect(rootSize()).toBeCloseTo((16 * step) / 100, 2);
  });

  it('multiplies the browser’s own text size rather than replacing it (WCAG 1.4.4)', async () => {
    const session = cdp();
    await session.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
    try {
      render(<ThemeProvider storage={null} textSize={150} />);
      expect(rootSize()).toBe(30);
    } finally {
      await session.send('Page.setFontSizes', { fontSizes: { standard: 16 } });
    }
  });

  it('makes body text in elder mode 40 px at 200 %', () => {
    render(
      <ThemeProvider storage={null} mode="elder" textSize={200}>
        <Text>Your pension arrives on the 5th.</Text>
      </ThemeProvider>,
    );
    expect(px(getComputedStyle(document.body).fontSize)).toBe(40);
    expect(px(getComputedStyle(screen.getByText(/pension/)).fontSize)).toBe(40);
  });

  it('scales the text of a ThemeScope too, which cannot set a size of its own', () => {
    render(
      <ThemeProvider storage={null} mode="elder" textSize={150}>
        <ThemeScope mode="standard">
          <Text>Preview in standard mode</Text>
        </ThemeScope>
      </ThemeProvider>,
    );
    expect(px(getComputedStyle(screen.getByText(/Preview/)).fontSize)).toBe(24);
  });

  it('keeps the largest elder heading at 30 px or more at the default step, and scales it beyond', () => {
    const { Display } = composeStories(headingStories, { initialGlobals: { mode: 'elder', scheme: 'light', contrast: 'standard' } });
    render(<Display />);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(html).toHaveAttribute(textSizeAttribute, '100');
    const atDefault = px(getComputedStyle(heading).fontSize);
    expect(atDefault).toBeGreaterThanOrEqual(30);
    act(() => html.setAttribute(textSizeAttribute, '200'));
    expect(px(getComputedStyle(heading).fontSize)).toBe(atDefault * 2);
  });

  it('is applied by the init script before the first paint', async () => {
    localStorage.setItem('eui-theme', JSON.stringify({ mode: 'elder', textSize: 150 }));
    // The kit's CSS as this page has it, for a fresh document of the same origin.
    const css = [...document.querySelectorAll('style')].map((style) => style.textContent).join('\n');
    const probe = vi.fn();
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    const frame = document.createElement('iframe');
    frame.title = 'Server-rendered page';
    // The probe runs at the top of <body>, before anything below it is parsed or painted.
    frame.srcdoc = `<!doctype html><html lang="en"><head><script>${getThemeInitScript()}</script><style>${css}</style></head><body><script>parent.__probe(document.documentElement.getAttribute('${textSizeAttribute}'), getComputedStyle(document.documentElement).fontSize, getComputedStyle(document.body).fontSize)</script><p>Content</p></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
    document.body.append(frame);
    await loaded;
    frame.remove();

    expect(probe).toHaveBeenCalledOnce();
    // Elder body text is 20 px; at 150 % it is 30 px from the very first paint.
    expect(probe.mock.calls[0]).toEqual(['150', '24px', '30px']);
  });

  it('changes without a transition, like every theme change', async () => {
    let theme: ThemeContextValue | undefined;
    function Capture() {
      theme = useTheme();
      return null;
    }
    render(
      <ThemeProvider storage={null} defaultMode="standard" defaultScheme="light" defaultContrast="standard">
        <Capture />
        {Array.from({ length: 50 }, (_, index) => (
          <Button key={index}>Confirm {index}</Button>
        ))}
      </ThemeProvider>,
    );
    await frames(3);
    const button = screen.getByRole('button', { name: 'Confirm 0' });
    // A Button fades its colour in its hover state only, so the one under the pointer is the
    // one a change could animate. Its own hover fade ends first.
    await userEvent.hover(button);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Motion is on before the change: a change that animated would show here.
    expect(getComputedStyle(button).transitionDuration).not.toBe('0s');
    const before = button.getBoundingClientRect().height;
    act(() => theme!.setTextSize(175));
    // Reading the animations computes the styles of the change, which is when transitions start.
    expect(document.getAnimations().filter((animation) => animation instanceof CSSTransition)).toEqual([]);
    expect(button.getBoundingClientRect().height).toBeGreaterThan(before);
    await userEvent.unhover(button);
  });
});

// ─── Every story at 200 % in elder mode, 320 px wide ─────────────────────────────────────────

type StoryModule = Parameters<typeof composeStories>[0];
type ComposedStory = ReturnType<typeof composeStory>;

const storyFiles = import.meta.glob<StoryModule>(['../../packages/*/src/**/*.stories.tsx', '../../examples/patterns/**/*.stories.tsx'], {
  eager: true,
});

const elder = { mode: 'elder', scheme: 'light', contrast: 'standard' };
const largest: TextSize = 200;
const width = 320;

/** Puts the page at the largest text size after the story's own providers (inside it) have written theirs. */
function LargestText({ children }: { children: ReactNode }) {
  useLayoutEffect(() => html.setAttribute(textSizeAttribute, String(largest)));
  return children;
}
const atLargestText: Decorator = (Story) => (
  <LargestText>
    <Story />
  </LargestText>
);

/** The innermost elements that reach past the right edge, which are what pushes the page wider. */
function stickingOut(): string[] {
  const out = [...document.body.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > width + 1);
  return out
    .filter((element) => !out.some((other) => other !== element && element.contains(other)))
    .slice(0, 5)
    .map((element) => {
      const words = (element.textContent ?? '').trim().slice(0, 40);
      return `${element.localName}.${element.classList[0] ?? ''} "${words}" (right edge ${Math.round(element.getBoundingClientRect().right)} px)`;
    });
}

/**
 * Fixed boxes (dialogs, sheets, toasts, bars) that do not fit the width: the page cannot scroll
 * to what they hide, so they never show up in its scroll width.
 */
function fixedOverflow(): string[] {
  return [...document.body.querySelectorAll('*')]
    .filter((element) => getComputedStyle(element).position === 'fixed')
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.left < -1 || box.right > width + 1);
    })
    .map((element) => {
      const box = element.getBoundingClientRect();
      return `${element.localName}.${element.classList[0] ?? ''} (${Math.round(box.left)} to ${Math.round(box.right)} px)`;
    });
}

/** Text cut off by an element that hides its overflow: the elder rules' `elder-no-truncation`. */
async function clippedText(): Promise<string[]> {
  const results = await axe.run(document, { runOnly: { type: 'rule', values: ['elder-no-truncation'] } });
  return results.violations.flatMap((rule) => rule.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`));
}

describe(`every story in elder mode with text at ${largest} %, ${width} px wide`, () => {
  beforeAll(async () => {
    registerElderRules(axe);
    await page.viewport(width, 800);
  });
  afterAll(async () => {
    await page.viewport(1024, 768);
  });

  it('tells a clipped text and a sideways scroll, so a pass means something', async () => {
    render(
      <ThemeProvider storage={null} mode="elder" textSize={largest}>
        <p style={{ width: '6rem', overflow: 'hidden', whiteSpace: 'nowrap' }}>Pay the electricity bill</p>
        <div style={{ width: '30rem' }}>Wide</div>
      </ThemeProvider>,
    );
    expect(html.scrollWidth).toBeGreaterThan(width);
    expect(stickingOut()).toEqual([expect.stringContaining('"Wide"')]);
    expect(fixedOverflow()).toEqual([]);
    expect(await clippedText()).toEqual([expect.stringContaining('p')]);
  });

  describe.each(Object.entries(storyFiles).map(([path, module]) => [path.replace(/^(\.\.\/)+/, ''), module] as const))('%s', (_path, module) => {
    const stories: Record<string, ComposedStory> = composeStories(module, { initialGlobals: elder, decorators: [atLargestText] });

    it.each(Object.entries(stories).map(([name, Story]) => [Story.storyName ?? name, Story] as const))(
      '%s: passes its own play, does not scroll sideways and clips no text',
      async (_name, Story) => {
        const { container } = render(<Story />);
        // As in Storybook, the play starts once the story has rendered and laid out: a part that
        // measures itself (the TabBar's height, kept for scroll-padding) gets its ResizeObserver frame.
        await frames(2);
        await Story.play?.({ canvasElement: container });
        // A story that switches the text size itself puts it back at the end; measure at the largest.
        act(() => html.setAttribute(textSizeAttribute, String(largest)));
        await frames(2);
        expect(html).toHaveAttribute(themeAttributes.mode, 'elder');
        expect(rootSize()).toBe(32);
        expect(html.scrollWidth <= width ? [] : stickingOut(), `the page is ${html.scrollWidth} px wide`).toEqual([]);
        expect(fixedOverflow(), 'fixed boxes wider than the page').toEqual([]);
        expect(await clippedText()).toEqual([]);
      },
    );
  });
});
