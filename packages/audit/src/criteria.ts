/**
 * What each check is judged against: WCAG 2.2 success criteria (from axe's `wcagNNN` tags or
 * this tool's own checks) and clauses of the MIIT 2021 aging-friendly specification (from the
 * elder rules' `miit-X.Y` tags).
 */

/** A WCAG 2.2 success criterion. */
export interface WcagCriterion {
  /** Its number, such as `1.4.3`. */
  id: string;
  /** Its handle, such as `Contrast (Minimum)`. */
  title: string;
  /** Its conformance level. */
  level: 'A' | 'AA' | 'AAA';
}

const wcagTable: [string, string, 'A' | 'AA' | 'AAA'][] = [
  ['1.1.1', 'Non-text Content', 'A'],
  ['1.2.1', 'Audio-only and Video-only (Prerecorded)', 'A'],
  ['1.2.2', 'Captions (Prerecorded)', 'A'],
  ['1.2.3', 'Audio Description or Media Alternative (Prerecorded)', 'A'],
  ['1.2.4', 'Captions (Live)', 'AA'],
  ['1.2.5', 'Audio Description (Prerecorded)', 'AA'],
  ['1.2.6', 'Sign Language (Prerecorded)', 'AAA'],
  ['1.2.7', 'Extended Audio Description (Prerecorded)', 'AAA'],
  ['1.2.8', 'Media Alternative (Prerecorded)', 'AAA'],
  ['1.2.9', 'Audio-only (Live)', 'AAA'],
  ['1.3.1', 'Info and Relationships', 'A'],
  ['1.3.2', 'Meaningful Sequence', 'A'],
  ['1.3.3', 'Sensory Characteristics', 'A'],
  ['1.3.4', 'Orientation', 'AA'],
  ['1.3.5', 'Identify Input Purpose', 'AA'],
  ['1.3.6', 'Identify Purpose', 'AAA'],
  ['1.4.1', 'Use of Color', 'A'],
  ['1.4.2', 'Audio Control', 'A'],
  ['1.4.3', 'Contrast (Minimum)', 'AA'],
  ['1.4.4', 'Resize Text', 'AA'],
  ['1.4.5', 'Images of Text', 'AA'],
  ['1.4.6', 'Contrast (Enhanced)', 'AAA'],
  ['1.4.7', 'Low or No Background Audio', 'AAA'],
  ['1.4.8', 'Visual Presentation', 'AAA'],
  ['1.4.9', 'Images of Text (No Exception)', 'AAA'],
  ['1.4.10', 'Reflow', 'AA'],
  ['1.4.11', 'Non-text Contrast', 'AA'],
  ['1.4.12', 'Text Spacing', 'AA'],
  ['1.4.13', 'Content on Hover or Focus', 'AA'],
  ['2.1.1', 'Keyboard', 'A'],
  ['2.1.2', 'No Keyboard Trap', 'A'],
  ['2.1.3', 'Keyboard (No Exception)', 'AAA'],
  ['2.1.4', 'Character Key Shortcuts', 'A'],
  ['2.2.1', 'Timing Adjustable', 'A'],
  ['2.2.2', 'Pause, Stop, Hide', 'A'],
  ['2.2.3', 'No Timing', 'AAA'],
  ['2.2.4', 'Interruptions', 'AAA'],
  ['2.2.5', 'Re-authenticating', 'AAA'],
  ['2.2.6', 'Timeouts', 'AAA'],
  ['2.3.1', 'Three Flashes or Below Threshold', 'A'],
  ['2.3.2', 'Three Flashes', 'AAA'],
  ['2.3.3', 'Animation from Interactions', 'AAA'],
  ['2.4.1', 'Bypass Blocks', 'A'],
  ['2.4.2', 'Page Titled', 'A'],
  ['2.4.3', 'Focus Order', 'A'],
  ['2.4.4', 'Link Purpose (In Context)', 'A'],
  ['2.4.5', 'Multiple Ways', 'AA'],
  ['2.4.6', 'Headings and Labels', 'AA'],
  ['2.4.7', 'Focus Visible', 'AA'],
  ['2.4.8', 'Location', 'AAA'],
  ['2.4.9', 'Link Purpose (Link Only)', 'AAA'],
  ['2.4.10', 'Section Headings', 'AAA'],
  ['2.4.11', 'Focus Not Obscured (Minimum)', 'AA'],
  ['2.4.12', 'Focus Not Obscured (Enhanced)', 'AAA'],
  ['2.4.13', 'Focus Appearance', 'AAA'],
  ['2.5.1', 'Pointer Gestures', 'A'],
  ['2.5.2', 'Pointer Cancellation', 'A'],
  ['2.5.3', 'Label in Name', 'A'],
  ['2.5.4', 'Motion Actuation', 'A'],
  ['2.5.5', 'Target Size (Enhanced)', 'AAA'],
  ['2.5.6', 'Concurrent Input Mechanisms', 'AAA'],
  ['2.5.7', 'Dragging Movements', 'AA'],
  ['2.5.8', 'Target Size (Minimum)', 'AA'],
  ['3.1.1', 'Language of Page', 'A'],
  ['3.1.2', 'Language of Parts', 'AA'],
  ['3.1.3', 'Unusual Words', 'AAA'],
  ['3.1.4', 'Abbreviations', 'AAA'],
  ['3.1.5', 'Reading Level', 'AAA'],
  ['3.1.6', 'Pronunciation', 'AAA'],
  ['3.2.1', 'On Focus', 'A'],
  ['3.2.2', 'On Input', 'A'],
  ['3.2.3', 'Consistent Navigation', 'AA'],
  ['3.2.4', 'Consistent Identification', 'AA'],
  ['3.2.5', 'Change on Request', 'AAA'],
  ['3.2.6', 'Consistent Help', 'A'],
  ['3.3.1', 'Error Identification', 'A'],
  ['3.3.2', 'Labels or Instructions', 'A'],
  ['3.3.3', 'Error Suggestion', 'AA'],
  ['3.3.4', 'Error Prevention (Legal, Financial, Data)', 'AA'],
  ['3.3.5', 'Help', 'AAA'],
  ['3.3.6', 'Error Prevention (All)', 'AAA'],
  ['3.3.7', 'Redundant Entry', 'A'],
  ['3.3.8', 'Accessible Authentication (Minimum)', 'AA'],
  ['3.3.9', 'Accessible Authentication (Enhanced)', 'AAA'],
  ['4.1.1', 'Parsing (obsolete and removed)', 'A'],
  ['4.1.2', 'Name, Role, Value', 'A'],
  ['4.1.3', 'Status Messages', 'AA'],
];

/** Every WCAG 2.2 success criterion by number. */
export const wcagCriteria: ReadonlyMap<string, WcagCriterion> = new Map(
  wcagTable.map(([id, title, level]) => [id, { id, title, level }]),
);

/** The anchor of a criterion in the WCAG 2.2 recommendation, such as `contrast-minimum`. */
export function wcagSlug(id: string): string {
  const title = wcagCriteria.get(id)?.title ?? id;
  return title
    .replace(/\(obsolete and removed\)/, '')
    .toLowerCase()
    .replace(/[(),]/g, '')
    .trim()
    .replace(/[^a-z0-9]+/g, '-');
}

/** The URL of a criterion in the WCAG 2.2 recommendation. */
export function wcagUrl(id: string): string {
  return `https://www.w3.org/TR/WCAG22/#${wcagSlug(id)}`;
}

/**
 * The WCAG criteria named by axe tags: `wcag1411` is 1.4.11 (one digit of principle, one of
 * guideline, the rest the criterion). Level tags such as `wcag2aa` are ignored.
 */
export function wcagFromTags(tags: readonly string[]): string[] {
  const found: string[] = [];
  for (const tag of tags) {
    const match = /^wcag(\d)(\d)(\d+)$/.exec(tag);
    if (match) found.push(`${match[1]}.${match[2]}.${match[3]}`);
  }
  return found;
}

/** A clause of the MIIT aging-friendly specification (工信厅信管函〔2021〕67号, annex 1). */
export interface MiitClause {
  /** Its number, such as `1.1`. */
  id: string;
  /** What it asks, in English. */
  title: string;
  /** What it asks, in Chinese. */
  titleZh: string;
}

/** The MIIT clauses this tool can judge. */
export const miitClauses: ReadonlyMap<string, MiitClause> = new Map(
  (
    [
      ['1.1', 'Text size: main text in the elder UI ≥ 18 dp', '字号：适老化界面主要文字不小于 18 dp'],
      ['1.2', 'Line spacing ≥ 1.3', '行间距不小于 1.3 倍'],
      ['1.3', 'Contrast: text and icons ≥ 4.5 : 1', '文字和图标对比度不低于 4.5 : 1'],
      ['2.1', 'Component focus area: main targets ≥ 60 × 60 dp', '组件可点击区域：主要功能不小于 60 × 60 dp'],
    ] as const
  ).map(([id, title, titleZh]) => [id, { id, title, titleZh }]),
);

/** The MIIT clauses named by `miit-X.Y` tags. */
export function miitFromTags(tags: readonly string[]): string[] {
  return tags.flatMap((tag) => {
    const match = /^miit-(\d+\.\d+)$/.exec(tag);
    return match ? [match[1]!] : [];
  });
}

/** Sorts criterion numbers such as `1.4.10` after `1.4.9`. */
export function compareCriteria(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
