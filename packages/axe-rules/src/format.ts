import type axe from 'axe-core';

/** Options of {@link formatViolations}. */
export interface FormatViolationsOptions {
  /**
   * Also list the "needs review" results.
   * @default false
   */
  incomplete?: boolean;
  /**
   * Most elements listed per rule; the rest are counted.
   * @default 10
   */
  maxNodes?: number;
  /**
   * Print each element's HTML under its selector.
   * @default true
   */
  html?: boolean;
}

/** One element's selector: frames joined by ` -> `, shadow roots by ` >>> `. */
export function formatTarget(target: axe.UnlabelledFrameSelector): string {
  return target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' -> ');
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line.trim() ? pad + line : line))
    .join('\n');
}

function formatResult(result: axe.Result, heading: string, maxNodes: number, html: boolean): string {
  const lines = [
    `${heading} ${result.id}${result.impact ? ` (${result.impact})` : ''}: ${result.help}`,
    `  ${result.description}`,
    `  tags: ${result.tags.join(', ')}`,
    `  ${result.helpUrl}`,
  ];
  result.nodes.slice(0, maxNodes).forEach((node, i) => {
    lines.push(`  ${i + 1}. ${formatTarget(node.target)}`);
    if (html) lines.push(`     ${node.html.replace(/\s+/g, ' ').slice(0, 200)}`);
    if (node.failureSummary) lines.push(indent(node.failureSummary, 5));
  });
  if (result.nodes.length > maxNodes) lines.push(`  … and ${result.nodes.length - maxNodes} more`);
  return lines.join('\n');
}

/**
 * A readable report of axe violations (and optionally "needs review" results): for each rule
 * its id, impact, help, tags and help URL, then each element's selector, HTML and summary.
 *
 * @param results Results of `axe.run`, or just a list of results (such as `results.violations`).
 * @param options What to include. @default {}
 */
export function formatViolations(results: axe.AxeResults | axe.Result[], options: FormatViolationsOptions = {}): string {
  const { incomplete = false, maxNodes = 10, html = true } = options;
  const violations = Array.isArray(results) ? results : results.violations;
  const review = !Array.isArray(results) && incomplete ? results.incomplete : [];
  const count = (list: axe.Result[]) => list.reduce((sum, r) => sum + r.nodes.length, 0);
  const parts: string[] = [];
  const violationCount = count(violations);
  parts.push(
    violationCount === 0
      ? 'No accessibility violations.'
      : `${violationCount} accessibility violation${violationCount === 1 ? '' : 's'} in ${violations.length} rule${violations.length === 1 ? '' : 's'}:`,
  );
  for (const result of violations) parts.push(formatResult(result, '✗', maxNodes, html));
  if (review.length) {
    parts.push(`${count(review)} element(s) need review in ${review.length} rule(s):`);
    for (const result of review) parts.push(formatResult(result, '?', maxNodes, html));
  }
  return parts.join('\n\n');
}
