import { composeStory, type Meta, type StoryObj } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import { waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as ConfirmActionStories from '../../packages/react/src/confirm-action/ConfirmAction.stories';
import * as AlertDialogStories from '../../packages/react/src/dialog/AlertDialog.stories';
import * as DialogStories from '../../packages/react/src/dialog/Dialog.stories';
import * as HelpButtonStories from '../../packages/react/src/help-button/HelpButton.stories';
import * as SheetStories from '../../packages/react/src/sheet/Sheet.stories';

// A docs page renders every story of a component on one page. The modal stories open by
// themselves on the canvas, where each is alone; on a docs page that would stack one modal over
// the next, hide the guidance from assistive technology and keep focus in the last one. There
// each starts closed behind a trigger the reader presses.

const modules = { ConfirmActionStories, AlertDialogStories, DialogStories, HelpButtonStories, SheetStories };

/** Every story that opens by itself, as `[name, story]`, without its play: docs pages do not play stories. */
const openStories = Object.entries(modules).flatMap(([module, { default: meta, ...stories }]) =>
  Object.entries(stories as Record<string, StoryObj>)
    .map(([name, story]) => [`${module.replace(/Stories$/, '')} ${name}`, composeStory({ ...story, play: undefined }, meta as Meta, undefined, name)] as const)
    .filter(([, story]) => (story.args as { defaultOpen?: boolean }).defaultOpen === true),
);

const modals = () => document.querySelectorAll('[role="dialog"], [role="alertdialog"]');

let canvas: HTMLElement | null = null;
async function runIn(story: (typeof openStories)[number][1], viewMode: 'docs' | 'story') {
  canvas = document.body.appendChild(document.createElement('div'));
  await story.run({ canvasElement: canvas, viewMode });
  return canvas;
}

afterEach(async () => {
  await userEvent.keyboard('{Escape}');
  await waitFor(() => expect(modals()).toHaveLength(0));
  canvas?.remove();
  canvas = null;
});

describe('modal stories on a docs page', () => {
  it('are found: each of the five overlays has stories that open by themselves', () => {
    expect(new Set(openStories.map(([name]) => name.split(' ')[0]))).toEqual(new Set(Object.keys(modules).map((module) => module.replace(/Stories$/, ''))));
  });

  it.each(openStories)('%s opens by itself on its own canvas', async (_, story) => {
    await runIn(story, 'story');
    await waitFor(() => expect(modals()).toHaveLength(1));
  });

  it.each(openStories)('%s starts closed on a docs page, and opens from its trigger', async (_, story) => {
    const element = await runIn(story, 'docs');
    const trigger = await within(element).findAllByRole('button');
    expect(modals()).toHaveLength(0);
    await userEvent.click(trigger[0]!);
    await waitFor(() => expect(modals()).toHaveLength(1));
  });
});
