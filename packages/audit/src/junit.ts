/** The audit as JUnit XML, for the test tabs of CI systems. */
import type { AuditReport, Finding, PageResult } from './types.ts';

/** Escapes text for XML text and attributes, dropping characters XML 1.0 cannot hold. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function describe(finding: Finding, only?: 'new' | 'unchanged'): string {
  const nodes = finding.nodes.filter((n) => !only || (n.baseline ?? 'new') === only);
  const refs = [...finding.wcag.map((c) => `WCAG ${c}`), ...finding.miit.map((c) => `MIIT ${c}`)].join(', ');
  return [
    `${finding.help}${refs ? ` [${refs}]` : ''}`,
    `How to fix: ${finding.fixHint}`,
    ...nodes.map((n) => `- ${n.selector}${n.summary ? `: ${n.summary.replace(/\s+/g, ' ').trim()}` : ''}`),
    finding.helpUrl,
  ]
    .filter(Boolean)
    .join('\n');
}

function suite(page: PageResult, report: AuditReport): string {
  const name = `${page.target.title} (${page.themeName})`;
  const properties = `<properties><property name="url" value="${xml(page.url)}"/><property name="theme" value="${xml(page.themeName)}"/><property name="elder" value="${xml(page.elder.setting)}${page.elder.scope ? ` ${xml(page.elder.scope)}` : ''}"/><property name="elderRules" value="${page.elderRules}"/></properties>`;
  if (page.error) {
    return `  <testsuite name="${xml(name)}" tests="1" failures="0" errors="1" skipped="0" time="${seconds(page.durationMs)}" timestamp="${xml(report.startedAt)}">
    ${properties}
    <testcase name="audited" classname="${xml(name)}" time="${seconds(page.durationMs)}"><error type="not-audited" message="${xml(page.error)}">${xml(page.error)}</error></testcase>
  </testsuite>`;
  }
  const checks = new Set<string>([...page.passes.map((p) => p.check), ...page.violations.map((f) => f.check), ...page.review.map((f) => f.check), ...page.switchedOff]);
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  for (const check of [...checks].sort()) {
    const violation = page.violations.find((f) => f.check === check);
    const review = page.review.find((f) => f.check === check);
    const open = `<testcase name="${xml(check)}" classname="${xml(name)}" time="0">`;
    if (page.switchedOff.includes(check)) {
      skipped++;
      cases.push(`${open}<skipped message="switched off by the story's own parameters.a11y"/></testcase>`);
    } else if (violation && violation.nodes.some((n) => n.baseline !== 'unchanged')) {
      failures++;
      const fresh = report.baseline ? 'new' : undefined;
      cases.push(`${open}<failure type="${xml(check)}" message="${xml(violation.help)}">${xml(describe(violation, fresh))}</failure></testcase>`);
    } else if (violation || review) {
      const notes = [violation ? `Known in the baseline:\n${describe(violation)}` : '', review ? `Needs review:\n${describe(review)}` : ''].filter(Boolean).join('\n\n');
      cases.push(`${open}<system-out>${xml(notes)}</system-out></testcase>`);
    } else {
      cases.push(`${open}</testcase>`);
    }
  }
  return `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(page.durationMs)}" timestamp="${xml(report.startedAt)}">
    ${properties}
${cases.map((c) => `    ${c}`).join('\n')}
  </testsuite>`;
}

/**
 * The audit as JUnit XML (the Surefire shape Jenkins, GitLab, Azure DevOps and GitHub test
 * reporters read): a test suite per page × theme and a test case per check that ran there.
 * A failed check is a `<failure>` listing its elements; a page that could not be audited is one
 * `<error>` test case; a check the story switched off is `<skipped>`; results to review, and with
 * a baseline violations it already knows, pass with the details in `<system-out>`.
 */
export function toJunit(report: AuditReport): string {
  const suites = report.pages.map((page) => suite(page, report));
  const count = (pattern: RegExp) => suites.reduce((sum, s) => sum + Number(pattern.exec(s)?.[1] ?? 0), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="elder-audit" tests="${count(/ tests="(\d+)"/)}" failures="${count(/ failures="(\d+)"/)}" errors="${count(/ errors="(\d+)"/)}" time="${seconds(report.durationMs)}">
${suites.join('\n')}
</testsuites>
`;
}
