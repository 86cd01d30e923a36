/** The browser checks this tool adds to axe, and a fix hint for every result. */
import { cssVariableName } from '@elder-ui/tokens/contract';

/** A check this tool runs itself, besides axe. */
export interface BrowserCheck {
  /** Its id in reports. */
  id: string;
  /** The `--checks` group that runs it. */
  group: CheckGroup;
  /** One line: what is required. */
  help: string;
  /** How it is measured. */
  description: string;
  /** WCAG 2.2 criteria it judges. */
  wcag: string[];
  /** MIIT clauses it judges. */
  miit: string[];
  /** How to fix a failure. */
  fixHint: string;
}

/** The groups of checks that `--checks` can choose. */
export const checkGroups = ['axe', 'reflow', 'text-resize', 'text-spacing', 'forced-colors', 'keyboard'] as const;

/** One of {@link checkGroups}. */
export type CheckGroup = (typeof checkGroups)[number];

const understanding = (slug: string) => `https://www.w3.org/WAI/WCAG22/Understanding/${slug}.html`;

/** Every browser check, by id. */
export const browserChecks: Record<string, BrowserCheck> = {
  reflow: {
    id: 'reflow',
    group: 'reflow',
    help: 'Content reflows at 320 CSS px wide without scrolling sideways',
    description: 'The page is opened 320 CSS px wide (1280 px at 400 % zoom); the document must not be wider than the viewport. Tables, code, images and maps that need two dimensions are "needs review".',
    wcag: ['1.4.10'],
    miit: [],
    fixHint: 'Use max-width: 100% and flexible widths (%, fr, min()) instead of fixed widths; let rows wrap (flex-wrap: wrap); put wide tables and code in a container with overflow-x: auto.',
  },
  'text-resize': {
    id: 'text-resize',
    group: 'text-resize',
    help: 'Text at 200 % is not cut off',
    description: 'Every font size (and line height given as a length) is doubled, as the browser\'s text-only zoom does; no box may then cut off its text with overflow: hidden, clip or an ellipsis.',
    wcag: ['1.4.4'],
    miit: [],
    fixHint: 'Size boxes that hold text with min-height, not height; use rem or em for text; let text wrap instead of overflow: hidden or text-overflow: ellipsis.',
  },
  'text-spacing': {
    id: 'text-spacing',
    group: 'text-spacing',
    help: 'Text with WCAG 1.4.12 spacing is not cut off',
    description: 'Line height 1.5, paragraph spacing 2 em, letter spacing 0.12 em and word spacing 0.16 em are forced on every element; no box may then cut off its text.',
    wcag: ['1.4.12'],
    miit: [],
    fixHint: 'Do not fix the height or width of boxes that hold text; use min-height and let text wrap, so it can grow when a user changes spacing.',
  },
  'forced-colors-boundary': {
    id: 'forced-colors-boundary',
    group: 'forced-colors',
    help: 'Controls keep a visible boundary under forced colours',
    description: 'With forced-colors: active emulated (Windows High Contrast), every control that draws a boundary normally must still have a border or outline: backgrounds and shadows are removed.',
    wcag: ['1.4.11'],
    miit: [],
    fixHint: 'Give controls a border (it may be transparent: border: 1px solid transparent becomes visible in forced colours) instead of relying on background colour or box-shadow.',
  },
  'forced-colors-focus': {
    id: 'forced-colors-focus',
    group: 'forced-colors',
    help: 'The focus indicator stays visible under forced colours',
    description: 'With forced-colors: active emulated, each element reached by Tab must look different when focused.',
    wcag: ['2.4.7'],
    miit: [],
    fixHint: 'Draw the focus ring with outline (outline: 3px solid; outline-offset: 2px), not box-shadow alone: forced colours remove shadows. Use the Highlight system colour if you set one.',
  },
  'keyboard-reachable': {
    id: 'keyboard-reachable',
    group: 'keyboard',
    help: 'Tab reaches every focusable element',
    description: 'Tab is pressed from the top of the page until focus leaves it or comes back; every visible element that is focusable and in the tab order must be reached.',
    wcag: ['2.1.1'],
    miit: [],
    fixHint: 'Do not intercept Tab; keep positive tabindex values out; make sure nothing hides or removes the element before focus gets to it.',
  },
  'keyboard-trap': {
    id: 'keyboard-trap',
    group: 'keyboard',
    help: 'Focus is never trapped',
    description: 'Pressing Tab must move the focus on; an element that keeps the focus when Tab is pressed traps keyboard users.',
    wcag: ['2.1.2'],
    miit: [],
    fixHint: 'Do not call preventDefault on Tab or move the focus back in a blur or keydown handler. A modal dialog may contain focus, but Escape must close it.',
  },
  'focus-visible': {
    id: 'focus-visible',
    group: 'keyboard',
    help: 'Every element reached by Tab shows a visible focus indicator',
    description: 'A screenshot of each element focused by Tab is compared with one of it unfocused; the difference must be clearly visible.',
    wcag: ['2.4.7'],
    miit: [],
    fixHint: `Do not remove the outline; style :focus-visible with outline: 3px solid and outline-offset: 2px in a colour with 3 : 1 contrast against both neighbours (Elder UI: ${cssVariableName(['color', 'focus', 'ring'])}).`,
  },
};

/** Help pages of this tool's checks. */
export const browserCheckUrls: Record<string, string> = {
  reflow: understanding('reflow'),
  'text-resize': understanding('resize-text'),
  'text-spacing': understanding('text-spacing'),
  'forced-colors-boundary': understanding('non-text-contrast'),
  'forced-colors-focus': understanding('focus-visible'),
  'keyboard-reachable': understanding('keyboard'),
  'keyboard-trap': understanding('no-keyboard-trap'),
  'focus-visible': understanding('focus-visible'),
};

/** Hints for axe's rules (and the elder rules) that come up most. Others fall back to axe's help. */
const axeHints: Record<string, string> = {
  'color-contrast': 'Darken the text or lighten its background until the ratio is at least 4.5 : 1 (3 : 1 for large text). In Elder UI use the theme\'s text tokens, not custom colours.',
  'color-contrast-enhanced': 'Reach 7 : 1 (4.5 : 1 for large text): elder and high-contrast themes need the stronger text tokens.',
  'image-alt': 'Give the image an alt attribute: words that say what it shows, or alt="" if it is decoration.',
  'input-image-alt': 'Give the image button an alt attribute that names its action.',
  'svg-img-alt': 'Give role="img" SVGs a name (aria-label or <title>), or aria-hidden="true" if decorative.',
  label: 'Give the field a visible <label for=…> (or wrap it in one). A placeholder is not a label.',
  'button-name': 'Put visible text in the button (in elder mode beside its icon); aria-label only when there is no room.',
  'link-name': 'Put text in the link that says where it goes.',
  'html-has-lang': 'Set lang on <html>, such as <html lang="zh-CN">.',
  'html-lang-valid': 'Use a valid BCP 47 language tag in lang.',
  'document-title': 'Give the page a <title> that says what it is.',
  'target-size': 'Make the target at least 24 × 24 CSS px, or keep 24 px of space around it (WCAG 2.5.8).',
  'aria-allowed-attr': 'Remove ARIA attributes the element\'s role does not support.',
  'aria-required-attr': 'Add the ARIA attributes the role requires (such as aria-checked on role="checkbox").',
  'aria-valid-attr-value': 'Fix the ARIA attribute value: ids must exist, enumerated values must be valid.',
  'nested-interactive': 'Do not put a control inside another control; make them siblings.',
  'scrollable-region-focusable': 'Give a scrolling region tabindex="0" and a name so keyboard users can scroll it.',
  list: 'A <ul> or <ol> may only hold <li> (and script/template) directly.',
  listitem: 'Put each <li> inside a <ul> or <ol>.',
  'duplicate-id-aria': 'Make every id that ARIA points at unique.',
  'link-in-text-block': 'Underline links in text, or give them 3 : 1 contrast with the text around them and an indicator on focus and hover.',
  'elder-text-size': 'In elder mode no text may be smaller than 18 px (MIIT 1.1): use the elder type tokens (body 20 px, smallest 18 px), in rem.',
  'elder-target-size': 'In elder mode make targets at least 48 × 48 px, and primary actions and list rows 60 × 60 px (MIIT 2.1): use min-height and padding, never height.',
  'elder-line-height': 'Give body text a line height of at least 1.5 (Elder UI elder themes use 1.6).',
  'elder-contrast': 'In elder mode text needs 7 : 1 and icons and control borders 4.5 : 1 (MIIT 1.3): use the elder or high-contrast tokens.',
  'elder-icon-label': 'In elder mode show the label as visible text beside or under the icon; an aria-label alone is not enough.',
  'elder-no-truncation': 'Let the text wrap: remove text-overflow: ellipsis, line-clamp and fixed heights in elder mode.',
  'elder-motion': 'Turn off animations and transitions in elder mode and under prefers-reduced-motion (0.01 ms is fine).',
};

/** The fix hint for an axe rule or browser check; falls back to the rule's own help text. */
export function fixHintFor(check: string, fallback: string): string {
  return browserChecks[check]?.fixHint ?? axeHints[check] ?? `${fallback}. See the rule's help page for how to fix it.`;
}
