import { wcagUrl } from './criteria.ts';
import type { AuditReport } from './types.ts';

/** One EARL assertion, as the W3C WCAG-EM Report Tool imports them. */
export interface EarlAssertion {
  '@type': 'Assertion';
  mode: 'earl:automatic';
  assertedBy: string;
  subject: { '@type': string[]; source: string; title: string };
  test: { '@type': 'TestCase'; '@id': string; title: string; isPartOf: string };
  result: { '@type': 'TestResult'; outcome: string; description: string; pointer?: string[] };
}

/** The EARL report: a JSON-LD graph of assertions. */
export interface EarlReport {
  '@context': Record<string, unknown>;
  '@graph': EarlAssertion[];
}

const context = {
  '@vocab': 'http://www.w3.org/ns/earl#',
  earl: 'http://www.w3.org/ns/earl#',
  WCAG22: 'https://www.w3.org/TR/WCAG22/#',
  sch: 'https://schema.org/',
  dct: 'http://purl.org/dc/terms/',
  ptr: 'http://www.w3.org/2009/pointers#',
  assertedBy: { '@type': '@id' },
  outcome: { '@type': '@id' },
  mode: { '@type': '@id' },
  isPartOf: { '@id': 'dct:isPartOf', '@type': '@id' },
  source: { '@id': 'dct:source', '@type': '@id' },
  title: 'dct:title',
  description: 'dct:description',
  pointer: 'ptr:expression',
};

/**
 * The audit as EARL in JSON-LD, in the shape the W3C WCAG-EM Report Tool imports: one assertion
 * per page × theme × check × WCAG criterion, with outcome `earl:failed`, `earl:cantTell` (needs
 * review) or `earl:passed`. The theme is part of the subject's title, since a page in another
 * theme is another test subject. Checks that judge no WCAG criterion (the MIIT-only elder rule
 * `elder-text-size`) have no place in a WCAG report and are left out; the JSON and HTML reports
 * carry them.
 */
export function toEarl(report: AuditReport): EarlReport {
  const assertedBy = `https://www.npmjs.com/package/@elder-ui/audit/v/${report.tool.version}`;
  const graph: EarlAssertion[] = [];
  for (const page of report.pages) {
    if (page.error) continue;
    const subject = { '@type': ['earl:TestSubject', 'sch:WebPage'], source: page.url, title: `${page.target.title} (${page.themeName})` };
    const add = (check: string, helpUrl: string, criteria: string[], outcome: string, description: string, pointer?: string[]) => {
      for (const criterion of criteria) {
        graph.push({
          '@type': 'Assertion',
          mode: 'earl:automatic',
          assertedBy,
          subject,
          test: { '@type': 'TestCase', '@id': helpUrl || `urn:elder-audit:${check}`, title: check, isPartOf: wcagUrl(criterion) },
          result: { '@type': 'TestResult', outcome, description, ...(pointer?.length ? { pointer } : {}) },
        });
      }
    };
    for (const f of page.violations) add(f.check, f.helpUrl, f.wcag, 'earl:failed', f.help, f.nodes.map((n) => n.selector));
    for (const f of page.review) add(f.check, f.helpUrl, f.wcag, 'earl:cantTell', `Needs review: ${f.help}`, f.nodes.map((n) => n.selector));
    for (const p of page.passes) add(p.check, '', p.wcag, 'earl:passed', 'Passed');
  }
  return { '@context': context, '@graph': graph };
}
