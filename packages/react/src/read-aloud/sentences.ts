import { computeAccessibleName, getRole, isSubtreeInaccessible } from 'dom-accessibility-api';

/** One sentence to say, and where it is on the page (none for text that was passed as a string). */
export interface Sentence {
  text: string;
  range: Range | null;
}

/** Marks what read aloud leaves out of a region: its own controls. */
export const skipAttribute = 'data-eui-read-aloud-skip';

/** Elements that end a run of text, as a paragraph does. A sentence never runs across one. */
const blockTags = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LEGEND LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL'.split(' '),
);

/** Controls and embedded content: a region's text is read, not its buttons and fields. */
const skippedTags = new Set('AUDIO BUTTON CANVAS DATALIST IFRAME INPUT NOSCRIPT OBJECT SCRIPT SELECT STYLE TEMPLATE TEXTAREA VIDEO'.split(' '));
const controlRoles = new Set(
  'button checkbox combobox listbox menuitem menuitemcheckbox menuitemradio option radio scrollbar searchbox slider spinbutton switch tab textbox treeitem'.split(' '),
);

/** Roles a screen reader reads by their name (an image's `alt`, an icon's label) rather than their content. */
const namedRoles = new Set(['img', 'image', 'math', 'meter', 'progressbar']);

/** Titles and terms whose full stop does not end a sentence, per language. */
const abbreviations: Record<string, RegExp> = {
  en: /(?:^|[\s("“'‘])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St|Mt|No|Nos|Vol|Fig|Gen|Gov|Rev|Hon|Capt|Lt|Col|Sgt|e\.g|i\.e|vs|approx|cf)\.$/,
  id: /(?:^|[\s("“'‘])(?:Bpk|Bp|Ibu|Sdr|Sdri|Tn|Ny|Nn|Yth|Dr|Drs|Dra|Prof|Ir|H|Hj|Jl|No|Kec|Kel|Kab|Rp|a\.n|u\.p|dr)\.$/,
};

/**
 * The most a single utterance holds, in "units": a Chinese, Japanese or Korean character counts 3,
 * anything else 1. About 15 s of speech at a slow rate; Chrome's online voices stop after about
 * 15 s, so a longer sentence is cut at a comma, then at a space.
 */
const utteranceUnits = 180;
const wide = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const clauseEnd = /[，、；：,;:）)]/;
const speakable = /[\p{L}\p{N}]/u;

/** The sentence segmenter for a language, or `null` where the browser has none (Firefox before 125). */
function segmenter(language: string): Intl.Segmenter | null {
  if (typeof Intl.Segmenter !== 'function') return null;
  try {
    return new Intl.Segmenter(language, { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
}

/** Sentence spans by `Intl.Segmenter`, or by end punctuation where it is missing. */
function rawSentences(text: string, language: string): Array<[number, number]> {
  const segments = segmenter(language);
  if (segments) return [...segments.segment(text)].map(({ index, segment }) => [index, index + segment.length]);
  return [...text.matchAll(/[^.!?。！？]+[.!?。！？]*\s*/g)].map((match) => [match.index, match.index + match[0].length]);
}

/** Cuts a span longer than one utterance should be, at the last comma (or space) that fits. */
function shortened(text: string, [start, end]: [number, number]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = start;
  while (from < end) {
    let units = 0;
    let cut = end;
    let clause = -1;
    let space = -1;
    for (let index = from; index < end; index++) {
      const char = text[index]!;
      units += wide.test(char) ? 3 : 1;
      if (units > utteranceUnits) {
        cut = clause > from ? clause : space > from ? space : index;
        // Never between the two halves of a surrogate pair.
        if (cut === index && /[\uDC00-\uDFFF]/.test(char)) cut--;
        break;
      }
      if (clauseEnd.test(char)) clause = index + 1;
      else if (char === ' ') space = index + 1;
    }
    spans.push([from, cut]);
    from = cut;
  }
  return spans;
}

/**
 * Splits text into sentence spans `[start, end)` in `language`: `Intl.Segmenter` sentences
 * (。！？ as well as . ! ?), joined again after titles such as "Mr." and "Bpk.", cut at a comma
 * when one is too long to say in one go, and trimmed of spaces. Spans with nothing to say
 * (punctuation, spaces) are left out.
 */
export function splitSentences(text: string, language: string): Array<[number, number]> {
  const abbreviation = abbreviations[language.split('-')[0]!.toLowerCase()];
  const joined: Array<[number, number]> = [];
  let pending: [number, number] | null = null;
  for (const span of rawSentences(text, language)) {
    const current: [number, number] = pending ? [pending[0], span[1]] : span;
    if (abbreviation?.test(text.slice(...current).trimEnd())) {
      pending = current;
      continue;
    }
    joined.push(current);
    pending = null;
  }
  if (pending) joined.push(pending);

  const spans: Array<[number, number]> = [];
  for (const span of joined.flatMap((span) => shortened(text, span))) {
    let [start, end] = span;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (speakable.test(text.slice(start, end))) spans.push([start, end]);
  }
  return spans;
}

/** Text gathered from the page, each character tied to where it came from. */
interface Run {
  text: string;
  /** The text node (or, for a name such as an image's `alt`, the element) of each character. */
  nodes: Node[];
  /** The character's offset in its text node; -1 for a character of an element's name. */
  offsets: number[];
}

const emptyRun = (): Run => ({ text: '', nodes: [], offsets: [] });

/** Adds one character, folding runs of white space into one space as the page shows them. */
function addCharacter(run: Run, char: string, node: Node, offset: number) {
  if (/\s/.test(char)) {
    if (run.text === '' || run.text.endsWith(' ')) return;
    char = ' ';
  }
  run.text += char;
  run.nodes.push(node);
  run.offsets.push(offset);
}

/** True for what a screen reader does not reach: `aria-hidden`, `hidden`, `display: none`, `inert`. */
function isHidden(element: Element): boolean {
  if (element.hasAttribute('inert')) return true;
  // An open dialog hides the page behind it from screen readers (aria-hidden, with this marker) only
  // while it is open; what is read from it, such as the page from the help sheet, is shown again.
  if (element.hasAttribute('data-aria-hidden')) {
    const style = getComputedStyle(element);
    return element.hasAttribute('hidden') || style.display === 'none' || style.visibility === 'hidden';
  }
  return isSubtreeInaccessible(element);
}

/** True for an element that is laid out as a block of its own, so a sentence ends at its edge. */
function isBlock(element: Element): boolean {
  if (blockTags.has(element.tagName)) return true;
  const style = getComputedStyle(element);
  // Visually hidden text is positioned out of the flow but belongs to the sentence it sits in.
  if (style.position === 'absolute' || style.position === 'fixed') return false;
  return style.display !== '' && !/^(inline|contents|none)/.test(style.display);
}

/**
 * The text of `root` as a screen reader would read it, in DOM order, as runs that end at block
 * edges: text nodes, the names of images and labelled icons (`alt`, `aria-label`, by
 * `dom-accessibility-api`), visually hidden text; not what is `aria-hidden` or hidden, and not
 * buttons, fields or the parts marked to be skipped.
 */
function readableRuns(root: Element): Run[] {
  const runs: Run[] = [];
  let run = emptyRun();
  const endRun = () => {
    if (speakable.test(run.text)) runs.push(run);
    run = emptyRun();
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      for (let offset = 0; offset < data.length; offset++) addCharacter(run, data[offset]!, node, offset);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (skippedTags.has(element.tagName) || element.hasAttribute(skipAttribute) || isHidden(element)) return;
    const role = getRole(element);
    if (role && controlRoles.has(role)) return;
    const block = isBlock(element);
    if (block) endRun();
    if (role && namedRoles.has(role)) {
      const name = computeAccessibleName(element);
      for (const char of ` ${name} `) addCharacter(run, char, element, -1);
    } else if (element.namespaceURI === 'http://www.w3.org/1999/xhtml') {
      // An SVG's shapes and text are read only through its name, as an image above.
      element.childNodes.forEach(visit);
    }
    if (block) endRun();
  };
  visit(root);
  endRun();
  return runs;
}

/** The page range of a span of a run. */
function rangeOf(run: Run, start: number, end: number): Range {
  const range = document.createRange();
  const first = run.nodes[start]!;
  const last = run.nodes[end - 1]!;
  if (run.offsets[start]! < 0) range.setStartBefore(first);
  else range.setStart(first, run.offsets[start]!);
  if (run.offsets[end - 1]! < 0) range.setEndAfter(last);
  else range.setEnd(last, run.offsets[end - 1]! + 1);
  return range;
}

/** The sentences of a part of the page, each with its range, in reading order. */
export function elementSentences(root: Element, language: string): Sentence[] {
  return readableRuns(root).flatMap((run) =>
    splitSentences(run.text, language).map(([start, end]) => ({
      text: run.text.slice(start, end),
      range: rangeOf(run, start, end),
    })),
  );
}

/** The sentences of a string, with no place on the page. */
export function textSentences(text: string, language: string): Sentence[] {
  const folded = text.replace(/\s+/g, ' ');
  return splitSentences(folded, language).map(([start, end]) => ({ text: folded.slice(start, end), range: null }));
}
